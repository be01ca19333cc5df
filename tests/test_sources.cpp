// Source checks that keep a class of silent bugs out: a Latin-1 string literal around non-ASCII
// text compares Latin-1 bytes of UTF-8 and never matches Chinese.
#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

class TestSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noNonAsciiLatin1Literals()
    {
        const QString root = QStringLiteral(FAZHI_SOURCE_DIR);
        static const QRegularExpression latin1(QStringLiteral("QLatin1String\\(\"([^\"]*)\"\\)"));
        QStringList offenders;
        int files = 0;
        for (const char *dir : {"core", "ui", "app", "tests", "bench"}) {
            QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                const QString text = QString::fromUtf8(f.readAll());
                auto m = latin1.globalMatch(text);
                while (m.hasNext()) {
                    const QString literal = m.next().captured(1);
                    for (QChar c : literal)
                        if (c.unicode() > 127) { offenders << QFileInfo(f.fileName()).fileName() + QStringLiteral(": ") + literal; break; }
                }
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "test_sources.moc"
