#pragma once
// A generator of realistic synthetic rule-of-law reports with their answers known: regions from
// the gazetteer, years 2015-2024, the phrasings real reports use (simplified and traditional,
// Chinese numerals, tables, sub-totals, department and campaign figures, changes that are not
// levels, site chrome), in several encodings and formats. The workbench offers it on first
// launch; tests and benchmarks use it too. Deterministic for a given seed.
#include <QHash>
#include <functional>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace fz {

struct DemoMention {
    QString key;
    double value = 0;
    QString quote;         // an exact substring of the text that states the value
    bool optional = false; // a defensible reading either way
};

struct DemoReport {
    QString fileName;      // unique, with the suffix of its format (.txt, .html)
    QString text;          // the report as a reader sees it after decoding (for html: the page source)
    QString format;        // txt | html
    QString encoding;      // UTF-8, GB18030, Big5, UTF-16LE
    QString region;
    QStringList parents;   // nearest first
    QString level;         // province, city, district, street, department
    int year = 0;
    QString published;     // YYYY-MM-DD or empty
    QVector<DemoMention> mentions;
    QHash<QString, QVariant> headlines; // core key -> value (double) or null QVariant: no headline
};

struct DemoOptions {
    int count = 120;                 // reports to generate
    quint32 seed = 20241123;
    int yearFrom = 2015;
    int yearTo = 2024;
    double traditionalShare = 0.15;  // reports written in traditional characters
    double htmlShare = 0.2;          // scraped pages saved as HTML
    double otherEncodingShare = 0.2; // GB18030, Big5 (for traditional) or UTF-16
    bool chrome = true;              // site navigation and footers around some reports
    bool nationalPanel = false;      // after the demo panel, every county-level division and then
                                     // every township of the gazetteer (for corpora of 100,000)
};

class DemoCorpus
{
public:
    // A panel of divisions (districts of a few cities and municipalities, some streets and
    // departments) over the years, so that comparisons across regions and years have data.
    static QVector<DemoReport> generate(const DemoOptions &options = {});
    // The same reports one at a time, for corpora too large to hold in memory.
    static void generate(const DemoOptions &options, const std::function<void(DemoReport &&)> &each);
    // Writes one report in its format and encoding into an existing directory.
    static bool writeReport(const DemoReport &report, const QString &directory, QString *error);

    // Writes every report in its format and encoding, plus demo.gold.json in the schema of
    // ../shared/corpus/seeds.gold.json. Returns false and sets *error on failure.
    static bool write(const QVector<DemoReport> &reports, const QString &directory, QString *error);

    // The gold object ({"schema":1,"reports":{fileName: {...}}}).
    static QJsonObject gold(const QVector<DemoReport> &reports);
};

} // namespace fz
