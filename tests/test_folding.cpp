// Folding for matching: one character to one, offsets unchanged.
#include "textfold.h"
#include "textoffsets.h"
#include <QtTest>

using namespace fz;

class TestFolding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void traditionalToSimplified()
    {
        QCOMPARE(fold(QStringLiteral("行政複議申請36件，受理30件")), QStringLiteral("行政复议申请36件,受理30件"));
        QCOMPARE(fold(QStringLiteral("出庭應訴率達93.75%")), QStringLiteral("出庭应诉率达93.75%"));
        QCOMPARE(fold(QStringLiteral("罰沒款壹萬貳仟元")), QStringLiteral("罚没款壹万贰仟元"));
        QCOMPARE(fold(QStringLiteral("兩千零五十")), QStringLiteral("两千零五十"));
    }
    void overridesIcuLeavesAlone()
    {
        // 覆 stands for 复 in 复议, 答复, 复核 in traditional texts.
        QCOMPARE(fold(QStringLiteral("行政覆議")), QStringLiteral("行政复议"));
        QCOMPARE(fold(QStringLiteral("答覆")), QStringLiteral("答复"));
    }
    void widthAndSpaces()
    {
        QCOMPARE(fold(QStringLiteral("１２３４５６７８９０％（）：；")), QStringLiteral("1234567890%():;"));
        QCOMPARE(fold(QStringLiteral("897\u00a0\u3000件\u2002")), QStringLiteral("897  件 "));
        QCOMPARE(fold(QStringLiteral("a\tb")), QStringLiteral("a\tb")); // tabs separate table cells
    }
    void lengthAndOffsetsArePreserved()
    {
        const QString original = QStringLiteral("2020年靜海區全區共開展行政執法檢查２６４５８次");
        const QString folded = fold(original);
        QCOMPARE(folded.size(), original.size());
        const int pos = int(folded.indexOf(QStringLiteral("26458")));
        QCOMPARE(original.mid(pos, 5), QStringLiteral("２６４５８"));
    }
    void simplifiedIsUnchanged()
    {
        const QString s = QStringLiteral("全年共受理行政复议申请14件,审结13件,直接纠错案件6件。");
        QCOMPARE(fold(s), s);
    }
    void unfoldVariantsForSearch()
    {
        const QStringList v = unfoldVariants(QStringLiteral("复议"), 16);
        QCOMPARE(v.first(), QStringLiteral("复议"));
        QVERIFY(v.contains(QStringLiteral("複議")));
        QVERIFY(v.contains(QStringLiteral("覆議")));
        QVERIFY(unfoldVariants(QStringLiteral("区区区区"), 5).size() <= 5);
    }
    void codePointOffsets()
    {
        const QString s = QStringLiteral("a𠀋b𠀋c");
        const OffsetMap m(s);
        QVERIFY(!m.identity());
        QCOMPARE(m.toCodePoint(0), 0);
        QCOMPARE(m.toCodePoint(3), 2); // 'b'
        QCOMPARE(m.toCodePoint(6), 4); // 'c'
        QCOMPARE(m.toUtf16(4), 6);
        QCOMPARE(m.toUtf16(2), 3);
        QVERIFY(OffsetMap(QStringLiteral("普通文本")).identity());
    }
};

QTEST_GUILESS_MAIN(TestFolding)
#include "test_folding.moc"
