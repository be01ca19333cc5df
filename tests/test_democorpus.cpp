// The demo corpus generator: deterministic for a seed, quotes that are exact substrings, encodings
// that decode back, a panel of regions over years, and an end-to-end run of the extractor over a
// written corpus scored against the generator's own answers.
#include "democorpus.h"
#include "extractionscore.h"
#include "htmltext.h"
#include "indicatorcatalogue.h"
#include "reportanalysis.h"
#include "textdecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace fz;

namespace {
QByteArray bytesOf(const DemoReport &r)
{
    if (r.encoding == QLatin1String("UTF-8"))
        return r.text.toUtf8();
    return encodeText(r.text, r.encoding, r.encoding.startsWith(QLatin1String("UTF-16")));
}

QString panelKey(const DemoReport &r)
{
    return r.region + u'/' + r.level;
}
}

class TestDemoCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_reports = DemoCorpus::generate();
        QVERIFY2(!m_reports.isEmpty(), "the generator produced nothing (are the demo resources built in?)");
    }

    // The generator warns about phrasings it cannot place; none may appear.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("^democorpus:"))); }

    void countAndNames()
    {
        QCOMPARE(m_reports.size(), DemoOptions().count);
        QSet<QString> names;
        for (const DemoReport &r : m_reports) {
            QVERIFY2(!names.contains(r.fileName), qPrintable(r.fileName));
            names.insert(r.fileName);
            QVERIFY(r.fileName.endsWith(QLatin1Char('.') + r.format));
            QVERIFY(!r.text.isEmpty());
        }
        DemoOptions few;
        few.count = 7;
        QCOMPARE(DemoCorpus::generate(few).size(), 7);
        few.count = 0;
        QVERIFY(DemoCorpus::generate(few).isEmpty());
        // More than the panel holds: every (region, year) once.
        DemoOptions all;
        all.count = 100000;
        all.yearFrom = 2020;
        all.yearTo = 2022;
        const QVector<DemoReport> full = DemoCorpus::generate(all);
        QVERIFY(full.size() > 100 && full.size() < all.count);
        QSet<QString> pairs;
        for (const DemoReport &r : full)
            pairs.insert(r.region + r.level + QString::number(r.year));
        QCOMPARE(pairs.size(), full.size());
    }

    void deterministic()
    {
        const QVector<DemoReport> again = DemoCorpus::generate();
        QCOMPARE(again.size(), m_reports.size());
        for (int i = 0; i < again.size(); ++i) {
            QCOMPARE(again.at(i).fileName, m_reports.at(i).fileName);
            QCOMPARE(again.at(i).text, m_reports.at(i).text);
            QCOMPARE(again.at(i).encoding, m_reports.at(i).encoding);
            QCOMPARE(again.at(i).mentions.size(), m_reports.at(i).mentions.size());
        }
        QCOMPARE(QJsonDocument(DemoCorpus::gold(again)).toJson(), QJsonDocument(DemoCorpus::gold(m_reports)).toJson());
        DemoOptions other;
        other.seed = 7;
        const QVector<DemoReport> different = DemoCorpus::generate(other);
        QCOMPARE(different.size(), m_reports.size());
        int same = 0;
        for (int i = 0; i < different.size(); ++i)
            if (different.at(i).text == m_reports.at(i).text)
                ++same;
        QCOMPARE(same, 0);
    }

    void quotesAreInTheText()
    {
        const QStringList core = IndicatorCatalogue::requiredCoreKeys();
        static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z_0-9]+(:[^}]*)?\\}"));
        for (const DemoReport &r : m_reports) {
            QVERIFY2(!placeholder.match(r.text).hasMatch(), qPrintable(r.fileName + QStringLiteral(": ") + placeholder.match(r.text).captured(0)));
            for (auto it = r.headlines.constBegin(); it != r.headlines.constEnd(); ++it)
                QVERIFY2(core.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(!r.mentions.isEmpty() || r.headlines.isEmpty(), qPrintable(r.fileName));
            for (const DemoMention &m : r.mentions) {
                QVERIFY2(!m.quote.isEmpty(), qPrintable(r.fileName + QLatin1Char(' ') + m.key));
                QVERIFY2(r.text.contains(m.quote), qPrintable(r.fileName + QStringLiteral(": ") + m.quote));
            }
            // A headline is one of the report's required mentions.
            for (auto it = r.headlines.constBegin(); it != r.headlines.constEnd(); ++it) {
                bool stated = false;
                for (const DemoMention &m : r.mentions)
                    if (m.key == it.key() && !m.optional && (it.value().isNull() || m.value == it.value().toDouble()))
                        stated = true;
                QVERIFY2(stated, qPrintable(r.fileName + QLatin1Char(' ') + it.key()));
            }
        }
    }

    void valuesAreSensible()
    {
        for (const DemoReport &r : m_reports) {
            QMap<QString, double> head;
            for (auto it = r.headlines.constBegin(); it != r.headlines.constEnd(); ++it)
                if (!it.value().isNull())
                    head.insert(it.key(), it.value().toDouble());
            if (head.contains(QStringLiteral("reconsideration.accepted")) && head.contains(QStringLiteral("reconsideration.received")))
                QVERIFY(head.value(QStringLiteral("reconsideration.accepted")) <= head.value(QStringLiteral("reconsideration.received")));
            if (head.contains(QStringLiteral("court.appearances")) && head.contains(QStringLiteral("litigation.cases")))
                QVERIFY(head.value(QStringLiteral("court.appearances")) <= head.value(QStringLiteral("litigation.cases")));
            for (const DemoMention &m : r.mentions) {
                if (m.key == QLatin1String("court.appearance_rate"))
                    QVERIFY2(m.value >= 30 && m.value <= 100, qPrintable(r.fileName));
                if (m.key == QLatin1String("penalty.cases") && head.value(m.key) > 0)
                    QVERIFY(m.value <= head.value(m.key));
                if (m.optional)
                    continue;
                if (m.key == QLatin1String("reconsideration.received") && m.value > 0 && r.level != QLatin1String("street"))
                    QVERIFY2(m.value >= 10 && m.value <= 600, qPrintable(r.fileName));
            }
            if (head.contains(QStringLiteral("penalty.cases")))
                QVERIFY(head.value(QStringLiteral("penalty.cases")) >= 100 && head.value(QStringLiteral("penalty.cases")) <= 150000);
            if (head.contains(QStringLiteral("enforcement.inspections")))
                QVERIFY(head.value(QStringLiteral("enforcement.inspections")) >= 1000 && head.value(QStringLiteral("enforcement.inspections")) <= 200000);
        }
    }

    void panelShape()
    {
        const DemoOptions o;
        QMap<QString, QSet<int>> years;
        QSet<QString> levels;
        for (const DemoReport &r : m_reports) {
            QVERIFY(r.year >= o.yearFrom && r.year <= o.yearTo);
            QVERIFY2(!years[panelKey(r)].contains(r.year), qPrintable(panelKey(r)));
            years[panelKey(r)].insert(r.year);
            levels.insert(r.level);
            if (r.level != QLatin1String("province"))
                QVERIFY2(!r.parents.isEmpty(), qPrintable(r.fileName));
        }
        int several = 0;
        for (const QSet<int> &y : years)
            if (y.size() >= 3)
                ++several;
        QVERIFY2(several * 4 >= int(years.size()) * 3, qPrintable(QStringLiteral("%1 of %2").arg(several).arg(years.size())));
        for (const char *l : {"province", "city", "district", "street", "department"})
            QVERIFY2(levels.contains(QString::fromLatin1(l)), l);
        QVERIFY(years.contains(QStringLiteral("杭州道街道/street")));
        QVERIFY(years.contains(QStringLiteral("永嘉县/department")));
        // Other year ranges.
        DemoOptions narrow;
        narrow.count = 30;
        narrow.yearFrom = 2019;
        narrow.yearTo = 2021;
        for (const DemoReport &r : DemoCorpus::generate(narrow))
            QVERIFY(r.year >= 2019 && r.year <= 2021);
    }

    // The corpus uses the phrasings real reports use.
    void variety()
    {
        int traditional = 0, html = 0, fullWidth = 0, noYearTitle = 0, tables = 0, published = 0, chinese = 0,
            approximate = 0, optional = 0, nullHeadline = 0;
        QSet<QString> encodings;
        for (const DemoReport &r : m_reports) {
            encodings.insert(r.encoding);
            if (r.text.contains(QStringLiteral("復議")) || r.text.contains(QStringLiteral("處罰")) || r.text.contains(QStringLiteral("區")))
                ++traditional;
            if (r.format == QLatin1String("html"))
                ++html;
            if (r.text.contains(QChar(0xFF10 + 1)) || r.text.contains(QChar(0xFF10 + 2)))
                ++fullWidth;
            if (r.text.contains(QStringLiteral(" | 合计 ")) || r.text.contains(QStringLiteral("合计 |")) ||
                r.text.contains(QStringLiteral("<td>合计</td>")) || r.text.contains(QStringLiteral("\n合计\n")) ||
                r.text.contains(QStringLiteral("合計")) || r.text.contains(QStringLiteral("总计")) || r.text.contains(QStringLiteral("總計")))
                ++tables;
            if (!r.published.isEmpty())
                ++published;
            for (const DemoMention &m : r.mentions) {
                static const QRegularExpression cn(QStringLiteral("[一二三四五六七八九十][十百千万]?[一二三四五六七八九]?(件|起|次)"));
                if (cn.match(m.quote).hasMatch())
                    ++chinese;
                if (m.quote.contains(u'余') || m.quote.contains(u'餘') || m.quote.contains(u'近'))
                    ++approximate;
                if (m.optional)
                    ++optional;
            }
            for (auto it = r.headlines.constBegin(); it != r.headlines.constEnd(); ++it)
                if (it.value().isNull())
                    ++nullHeadline;
        }
        for (const QString &s : {QStringLiteral("附表"), QStringLiteral("同比"), QStringLiteral("其中"), QStringLiteral("力争")}) {
            bool found = false;
            for (const DemoReport &r : m_reports)
                if (r.text.contains(s))
                    found = true;
            QVERIFY2(found, qPrintable(s));
        }
        // Titles without a year: the body's opening states it.
        for (const DemoReport &r : m_reports) {
            static const QRegularExpression titleLine(QStringLiteral("<h1[^>]*>([^<]*)</h1>|^([^>\\n]*(报告|報告))$"),
                                                      QRegularExpression::MultilineOption);
            static const QRegularExpression year(QStringLiteral("(19|20)\\d\\d|[〇一二三四五六七八九]{4}"));
            const QRegularExpressionMatch t = titleLine.match(r.text);
            if (t.hasMatch() && !year.match(t.captured(0)).hasMatch())
                ++noYearTitle;
        }
        qInfo("traditional %d html %d full-width %d no-year titles %d tables %d published %d chinese %d approximate %d optional %d null headlines %d encodings %s",
              traditional, html, fullWidth, noYearTitle, tables, published, chinese, approximate, optional, nullHeadline,
              qPrintable(QStringList(encodings.values()).join(u' ')));
        QVERIFY(traditional > 0);
        QVERIFY(html > 0);
        QVERIFY(fullWidth > 0);
        QVERIFY(noYearTitle > 0);
        QVERIFY(tables > 0);
        QVERIFY(published > 0);
        QVERIFY(chinese > 0);
        QVERIFY(approximate > 0);
        QVERIFY(optional > 0);
        QVERIFY(nullHeadline > 0);
        for (const char *e : {"UTF-8", "GB18030", "Big5", "UTF-16LE"})
            QVERIFY2(encodings.contains(QString::fromLatin1(e)), e);
    }

    void traditionalAndOtherEncodings()
    {
        DemoOptions o;
        o.count = 16;
        o.traditionalShare = 1;
        o.otherEncodingShare = 1;
        o.htmlShare = 0.5;
        o.seed = 5;
        for (const DemoReport &r : DemoCorpus::generate(o)) {
            QVERIFY2(r.text.contains(QStringLiteral("法治政府建設")) || r.text.contains(QStringLiteral("報告")), qPrintable(r.fileName));
            QVERIFY2(r.encoding != QLatin1String("GB18030"), qPrintable(r.fileName));
            for (const DemoMention &m : r.mentions)
                QVERIFY2(r.text.contains(m.quote), qPrintable(r.fileName + QStringLiteral(": ") + m.quote));
            const QByteArray bytes = bytesOf(r);
            const DecodedText d = decodeText(bytes, r.format == QLatin1String("html") ? sniffHtmlCharset(bytes) : QByteArray());
            QCOMPARE(d.text, r.text);
        }
    }

    void withoutChrome()
    {
        DemoOptions o;
        o.count = 12;
        o.chrome = false;
        o.htmlShare = 0.5;
        for (const DemoReport &r : DemoCorpus::generate(o)) {
            QVERIFY2(r.published.isEmpty(), qPrintable(r.fileName));
            QVERIFY(!r.text.contains(QStringLiteral("当前位置")) && !r.text.contains(QStringLiteral("發佈時間")));
            QVERIFY(!r.text.contains(QStringLiteral("发布时间")) && !r.text.contains(QStringLiteral("版权所有")));
        }
    }

    void encodingsRoundTrip()
    {
        for (const DemoReport &r : m_reports) {
            const QByteArray bytes = bytesOf(r);
            QVERIFY(!bytes.isEmpty());
            const DecodedText d = decodeText(bytes, r.format == QLatin1String("html") ? sniffHtmlCharset(bytes) : QByteArray());
            QVERIFY2(d.ok(), qPrintable(r.fileName + QStringLiteral(": ") + d.error));
            QCOMPARE(d.encoding, r.encoding);
            QVERIFY2(d.text == r.text, qPrintable(r.fileName));
        }
    }

    void writesFilesAndGold()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        DemoOptions o;
        o.count = 12;
        o.htmlShare = 0.5;
        const QVector<DemoReport> reports = DemoCorpus::generate(o);
        const QString dir = tmp.filePath(QStringLiteral("nested/demo"));
        QString error;
        QVERIFY2(DemoCorpus::write(reports, dir, &error), qPrintable(error));
        for (const DemoReport &r : reports) {
            QFile f(dir + QLatin1Char('/') + r.fileName);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), bytesOf(r));
        }
        QFile g(dir + QStringLiteral("/demo.gold.json"));
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QJsonObject gold = QJsonDocument::fromJson(g.readAll()).object();
        QCOMPARE(gold.value(QLatin1String("schema")).toInt(), 1);
        const QJsonObject rep = gold.value(QLatin1String("reports")).toObject();
        QCOMPARE(rep.size(), reports.size());
        const QJsonObject first = rep.value(reports.first().fileName).toObject();
        for (const char *field : {"region", "parents", "level", "year", "published", "mentions", "headline"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(first.value(QLatin1String("year")).toInt(), reports.first().year);
        // A file where a directory cannot be made fails with a message.
        QFile blocker(tmp.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!DemoCorpus::write(reports, tmp.filePath(QStringLiteral("file/sub")), &error));
        QVERIFY(!error.isEmpty());
    }

    void htmlPagesAreAnalysed()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        DemoOptions o;
        o.count = 20;
        o.htmlShare = 1.0;
        o.seed = 99;
        const QVector<DemoReport> reports = DemoCorpus::generate(o);
        QString error;
        QVERIFY2(DemoCorpus::write(reports, tmp.path(), &error), qPrintable(error));
        int withMentions = 0;
        for (const DemoReport &r : reports) {
            QCOMPARE(r.format, QStringLiteral("html"));
            QVERIFY(r.text.contains(QStringLiteral("<meta")));
            QVERIFY(r.text.contains(QStringLiteral("<div class=\"content\"")));
            const ReportAnalysis a = analyseFile(tmp.filePath(r.fileName));
            QVERIFY2(a.ok(), qPrintable(r.fileName + QStringLiteral(": ") + a.error));
            QCOMPARE(a.format, QStringLiteral("html"));
            QCOMPARE(a.encoding, r.encoding);
            QVERIFY2(!a.text.contains(QStringLiteral("<p>")), qPrintable(r.fileName));
            if (!a.mentions.isEmpty())
                ++withMentions;
            QCOMPARE(a.meta.year, r.year);
        }
        QVERIFY(withMentions >= reports.size() * 3 / 4);
    }

    // The extractor over a written corpus, scored against the generator's answers.
    void endToEnd()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString keep = qEnvironmentVariable("FAZHI_DEMO_KEEP"); // write there instead, for inspection
        const QString dir = keep.isEmpty() ? tmp.path() : keep;
        DemoOptions o;
        o.count = qEnvironmentVariableIsSet("FAZHI_DEMO_COUNT") ? qEnvironmentVariableIntValue("FAZHI_DEMO_COUNT") : 60;
        if (qEnvironmentVariableIsSet("FAZHI_DEMO_SEED"))
            o.seed = quint32(qEnvironmentVariableIntValue("FAZHI_DEMO_SEED"));
        const QVector<DemoReport> reports = DemoCorpus::generate(o);
        QCOMPARE(reports.size(), o.count);
        QString error;
        QVERIFY2(DemoCorpus::write(reports, dir, &error), qPrintable(error));
        QVector<ReportAnalysis> analyses;
        for (const DemoReport &r : reports) {
            analyses << analyseFile(QDir(dir).filePath(r.fileName));
            QVERIFY2(analyses.last().ok(), qPrintable(r.fileName + QStringLiteral(": ") + analyses.last().error));
        }
        const QJsonObject gold = DemoCorpus::gold(reports).value(QLatin1String("reports")).toObject();
        const ExtractionScore s = scoreExtraction(gold, analyses);
        const bool verbose = qEnvironmentVariableIsSet("FAZHI_DEMO_VERBOSE");
        for (int i = 0; i < s.problems.size() && (verbose || i < 25); ++i)
            qInfo("%s", qPrintable(s.problems.at(i)));
        qInfo("demo corpus of %d reports (seed %u): %s  tp=%d fp=%d fn=%d headlines %d/%d metadata %d/%d", int(reports.size()),
              o.seed, qPrintable(s.summary()), s.truePositives, s.falsePositives, s.falseNegatives, s.headlinesRight,
              s.headlines, s.metadataRight, s.metadata);
        QVERIFY2(s.f1() >= 0.9, qPrintable(s.summary()));
        QVERIFY2(s.headlineAccuracy() >= 0.9, qPrintable(s.summary()));
        QVERIFY2(s.metadataAccuracy() >= 0.95, qPrintable(s.summary()));
    }

private:
    QVector<DemoReport> m_reports;
};

QTEST_GUILESS_MAIN(TestDemoCorpus)
#include "test_democorpus.moc"
