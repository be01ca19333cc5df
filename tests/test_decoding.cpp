// Decoding: BOMs, strict UTF-8, GB18030, Big5, UTF-16 without BOM, declared charsets, tiny
// inputs, and the bytes that must be refused (empty, binary, undecodable).
#include "textdecoder.h"
#include <QtTest>

using namespace fz;

class TestDecoding : public QObject
{
    Q_OBJECT
    const QString sample = QStringLiteral(
        "天津市宝坻区人民政府关于2016年度依法行政工作的报告\n全年共开展行政检查11011家次，实施行政处罚259件，"
        "罚没款219.4万元。区政府共收到行政复议申请并立案13件，依法办结。");
    const QString traditional = QStringLiteral(
        "2020年靜海區法治政府建設情況報告\n全區各鄉鎮、各行政執法部門共開展行政執法檢查26458次，行政處罰共立案13790件。"
        "區政府行政複議機構收到行政複議申請36件，受理30件。");

private Q_SLOTS:
    void utf8Plain()
    {
        const DecodedText d = decodeText(sample.toUtf8());
        QVERIFY(d.ok());
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, sample);
    }
    void utf8Bom()
    {
        const DecodedText d = decodeText(encodeText(sample, QStringLiteral("UTF-8"), true));
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, sample); // the BOM is not part of the text
    }
    void gb18030()
    {
        const QByteArray bytes = encodeText(sample, QStringLiteral("GB18030"));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes != sample.toUtf8());
        const DecodedText d = decodeText(bytes);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QCOMPARE(d.text, sample);
    }
    void gbkSubsetDecodesAsGb18030()
    {
        // GBK and GB2312 are subsets of GB18030: a GBK file decodes the same.
        const QByteArray bytes = encodeText(sample, QStringLiteral("GBK"));
        const DecodedText d = decodeText(bytes);
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QCOMPARE(d.text, sample);
    }
    void big5()
    {
        const QByteArray bytes = encodeText(traditional, QStringLiteral("Big5"));
        QVERIFY(!bytes.isEmpty());
        const DecodedText d = decodeText(bytes);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, QStringLiteral("Big5"));
        QCOMPARE(d.text, traditional);
    }
    void utf16WithBom_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("LE") << QStringLiteral("UTF-16LE");
        QTest::newRow("BE") << QStringLiteral("UTF-16BE");
    }
    void utf16WithBom()
    {
        QFETCH(QString, encoding);
        const DecodedText d = decodeText(encodeText(sample, encoding, true));
        QCOMPARE(d.encoding, encoding);
        QCOMPARE(d.text, sample);
    }
    void utf16WithoutBom_data() { utf16WithBom_data(); }
    void utf16WithoutBom()
    {
        QFETCH(QString, encoding);
        const DecodedText d = decodeText(encodeText(sample, encoding, false));
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, encoding);
        QCOMPARE(d.text, sample);
    }
    void tinyInputs()
    {
        // Two characters fool statistical detectors; valid UTF-8 is taken as UTF-8.
        const QString tiny = QStringLiteral("复议");
        QCOMPARE(decodeText(tiny.toUtf8()).text, tiny);
        QCOMPARE(decodeText(tiny.toUtf8()).encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decodeText(QByteArray("13")).text, QStringLiteral("13"));
        // A short GB18030 line still decodes to the right text.
        const QString line = QStringLiteral("受理行政复议案件14件");
        const DecodedText d = decodeText(encodeText(line, QStringLiteral("GB18030")));
        QCOMPARE(d.text, line);
    }
    void declaredCharsetWins()
    {
        const QByteArray bytes = encodeText(sample, QStringLiteral("GB18030"));
        const DecodedText d = decodeText(bytes, "gb2312");
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QCOMPARE(d.text, sample);
        QCOMPARE(canonicalEncoding("x-gbk"), QStringLiteral("GB18030"));
        QCOMPARE(canonicalEncoding("BIG5-HKSCS"), QStringLiteral("Big5"));
        QVERIFY(canonicalEncoding("klingon").isEmpty());
    }
    void wrongDeclarationIsOverruled()
    {
        // A page that declares Big5 but is GB18030 still decodes right.
        const QByteArray bytes = encodeText(sample, QStringLiteral("GB18030"));
        const DecodedText d = decodeText(bytes, "big5");
        QCOMPARE(d.text, sample);
    }
    void emptyIsRefused()
    {
        const DecodedText d = decodeText(QByteArray());
        QVERIFY(!d.ok());
        QVERIFY(d.error.contains(QLatin1String("empty")));
    }
    void binaryIsRefused()
    {
        QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010000000100806000000");
        for (int i = 0; i < 400; ++i)
            png.append(char((i * 37 + 11) % 256));
        const DecodedText d = decodeText(png);
        QVERIFY(!d.ok());
        QVERIFY2(d.error.contains(QLatin1String("binary")) || d.error.contains(QLatin1String("undecodable")), qPrintable(d.error));
    }
    void undecodableIsRefused()
    {
        // Bytes that are no Chinese encoding's text: control characters and lone high bytes.
        QByteArray junk;
        for (int i = 0; i < 300; ++i)
            junk.append(char(i % 2 ? 0x81 : 0x05));
        const DecodedText d = decodeText(junk);
        QVERIFY(!d.ok());
        QVERIFY2(d.error.contains(QLatin1String("undecodable")) || d.error.contains(QLatin1String("binary")), qPrintable(d.error));
    }
    void supplementaryCharactersSurvive()
    {
        const QString rare = QStringLiteral("𠀋区收到行政复议申请3件");
        QCOMPARE(decodeText(encodeText(rare, QStringLiteral("GB18030"))).text, rare);
        QCOMPARE(decodeText(encodeText(rare, QStringLiteral("UTF-16LE"), true)).text, rare);
    }
};

QTEST_GUILESS_MAIN(TestDecoding)
#include "test_decoding.moc"
