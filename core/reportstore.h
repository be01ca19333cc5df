#pragma once
// Reports and their extracted mentions in the library database: adding an analysed report in one
// transaction (recognising a text already there), listing, reading, and re-extraction that keeps
// every analyst's edit. Offsets stored are Unicode code points.
#include "database.h"
#include "reportanalysis.h"
#include "reportrows.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariantList>
#include <QStringList>
#include <QVector>
#include <cmath>
#include <memory>
#include <optional>

namespace fz {

struct ReportSummary {
    qint64 id = 0;
    QString file;
    QString title;
    QString region;
    QStringList parents;
    QString level;
    int year = 0;
    QString published;
    QString encoding;
    QString format;
    QString importedAt;
    int mentions = 0;
    int annotations = 0;
    int unverified = 0;
};

struct ReportRecord {
    ReportSummary summary;
    QString text;
    int bodyStart = 0;      // code points
    int bodyEnd = 0;
    QVector<Span> chrome;   // code points
    QString regionCode;
    QStringList metadataEdited;
};

struct StoredMention {
    qint64 id = 0;
    qint64 reportId = 0;
    QString key;
    double value = NAN;
    QString unit;
    bool approximate = false;
    int start = 0;          // code points
    int end = 0;
    QString sentence;
    bool headline = false;
    bool headlineManual = false;
    QString source;         // auto | manual
    QString status;         // active | rejected
    bool verified = false;
    bool edited = false;
    double autoValue = NAN;
    QString note;
    int version = 1;
    bool active() const { return status == QLatin1String("active"); }
};

class ReportStore
{
public:
    explicit ReportStore(Database &db);
    ~ReportStore();

    struct AddOutcome {
        enum Kind { Added, Duplicate, Failed } kind = Failed;
        qint64 id = 0;          // the new report, or the one already holding this text
        QString message;        // why it failed, or the path of the earlier copy
    };
    AddOutcome add(const ReportAnalysis &analysis, qint64 sizeBytes = -1);
    // The same from rows already computed (see reportRows(), which imports run off this thread).
    AddOutcome add(const ReportRows &rows);

    // Bulk loading: the full-text index rows of added reports wait in memory until
    // flushSearchIndex(), written together inside the caller's transaction. (SQLite's index
    // writes a segment at every savepoint otherwise: one per report.)
    void setDeferSearchIndex(bool defer) { m_deferIndex = defer; }
    bool flushSearchIndex();

    QVector<ReportSummary> list() const;
    std::optional<ReportRecord> report(qint64 id) const;
    QVector<StoredMention> mentions(qint64 reportId) const;
    int count() const;
    QVector<qint64> reportIds() const;

    // Re-runs extraction on a stored report: automatic mentions are replaced; manual ones,
    // verified, edited or rejected ones, and headlines the analyst chose, are kept.
    bool reextract(qint64 reportId, const IndicatorExtractor &extractor, QString *error);

    // Reports whose title or text contains the query (folded: simplified finds traditional).
    // Three or more characters use the trigram index (then the text, for the whole phrase);
    // shorter queries scan with instr().
    QVector<qint64> search(const QString &query, int limit = -1) const;
    // The WHERE condition for such a search on the reports table aliased `table`; appends its
    // bound values to *binds.
    static QString searchCondition(const QString &query, const QString &table, QVariantList *binds,
                                   Database::Backend backend = Database::Backend::SQLite);

    // Keeps the search index in step with a title the analyst corrected (inside their change).
    bool retitleSearch(qint64 reportId, const QString &oldTitle, const QString &newTitle);

    // Deletes reports with their mentions and annotations, in one transaction.
    bool remove(const QVector<qint64> &ids, QString *error);

    QString lastError() const { return m_error; }

    static QString now();

private:
    // Statements of the import path, prepared once per store: parsing SQL for every report
    // cost as much as running it.
    // On SQLite through its C API: Qt's driver costs as much as SQLite itself for small rows.
    class BoundStatement &statement(const QString &sql);
    QHash<QString, std::shared_ptr<class BoundStatement>> m_statements;
    bool insertMention(class BoundStatement &insert, qint64 reportId, const MentionRow &m, const QString &timestamp);
    // A report's mentions: row by row on SQLite, several rows a statement on PostgreSQL.
    bool insertMentions(qint64 reportId, const QVector<MentionRow> &mentions, const QString &timestamp);
    static void bindMention(class BoundStatement &insert, qint64 reportId, const MentionRow &m, const QString &timestamp);
    Database &m_db;
    mutable QString m_error;
    bool m_deferIndex = false;
    struct PendingIndex { qint64 id; QString title; QByteArray body; };
    QVector<PendingIndex> m_pendingIndex;
};

QVector<Span> spansFromJson(const QString &json);

} // namespace fz
