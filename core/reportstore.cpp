#include "reportstore.h"
#include "boundstatement.h"
#include "gazetteer.h"
#include "textfold.h"
#include "textoffsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fz {

namespace {
QStringList listFromJson(const QString &s)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(s.toUtf8()).array())
        out << v.toString();
    return out;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullableNumber(double v)
{
    return std::isnan(v) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(v);
}

// Empty metadata is stored as NULL.
QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

StoredMention mentionFromQuery(const QSqlQuery &q)
{
    StoredMention m;
    m.id = q.value(0).toLongLong();
    m.reportId = q.value(1).toLongLong();
    m.key = q.value(2).toString();
    m.value = q.value(3).isNull() ? NAN : q.value(3).toDouble();
    m.unit = q.value(4).toString();
    m.approximate = q.value(5).toBool();
    m.start = q.value(6).toInt();
    m.end = q.value(7).toInt();
    m.sentence = q.value(8).toString();
    m.headline = q.value(9).toBool();
    m.headlineManual = q.value(10).toBool();
    m.source = q.value(11).toString();
    m.status = q.value(12).toString();
    m.verified = q.value(13).toBool();
    m.edited = q.value(14).toBool();
    m.autoValue = q.value(15).isNull() ? NAN : q.value(15).toDouble();
    m.note = q.value(16).toString();
    m.version = q.value(17).toInt();
    return m;
}

const char *kMentionColumns =
    "id, report_id, key, value, unit, approximate, start_pos, end_pos, sentence, headline, headline_manual, "
    "source, status, verified, edited, auto_value, note, version";

// The INSERT of `rows` mentions at once.
QString mentionInsertSql(int rows = 1)
{
    QString sql = QStringLiteral(
        "INSERT INTO mentions (report_id, key, value, unit, approximate, start_pos, end_pos, sentence, headline, "
        "source, status, verified, auto_value, edited, created_at, updated_at) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, 'auto', 'active', 0, ?, 0, ?, ?)");
    return sql;
}

// Mentions a PostgreSQL statement writes at once: each statement is a round trip to the server,
// which costs more than the server's work for a row. SQLite, in process, steps one row at a time.
constexpr int kMentionsPerPostgresStatement = 32;

} // namespace

QVector<Span> spansFromJson(const QString &json)
{
    QVector<Span> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray a = v.toArray();
        if (a.size() == 2)
            out.append({a.at(0).toInt(), a.at(1).toInt()});
    }
    return out;
}

QString ReportStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

ReportStore::ReportStore(Database &db) : m_db(db) {}

ReportStore::~ReportStore() = default;

BoundStatement &ReportStore::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, prepareStatement(m_db, sql));
    return **it;
}

bool ReportStore::insertMention(BoundStatement &q, qint64 reportId, const MentionRow &m, const QString &timestamp)
{
    bindMention(q, reportId, m, timestamp);
    if (!q.exec()) {
        m_error = q.error();
        return false;
    }
    return true;
}

bool ReportStore::insertMentions(qint64 reportId, const QVector<MentionRow> &mentions, const QString &timestamp)
{
    const int perStatement = m_db.isPostgres() ? kMentionsPerPostgresStatement : 1;
    // Looked up once a report, not once a row: the look-up hashes the whole SQL text.
    BoundStatement *full = mentions.size() >= perStatement ? &statement(mentionInsertSql(perStatement)) : nullptr;
    for (qsizetype from = 0; from < mentions.size(); from += perStatement) {
        const int rows = int(qMin<qsizetype>(perStatement, mentions.size() - from));
        BoundStatement &many = rows == perStatement ? *full : statement(mentionInsertSql(rows));
        for (int i = 0; i < rows; ++i)
            bindMention(many, reportId, mentions.at(from + i), timestamp);
        if (!many.exec()) {
            m_error = many.error();
            return false;
        }
    }
    return true;
}

void ReportStore::bindMention(BoundStatement &q, qint64 reportId, const MentionRow &m, const QString &timestamp)
{
    q.add(reportId);
    q.add(m.key);
    q.add(m.value);
    q.add(m.unit);
    q.add(m.approximate);
    q.add(m.start);
    q.add(m.end);
    q.add(m.sentence);
    q.add(m.headline);
    q.add(m.value);
    q.add(timestamp);
    q.add(timestamp);
}

ReportStore::AddOutcome ReportStore::add(const ReportAnalysis &a, qint64 sizeBytes)
{
    return add(reportRows(a, sizeBytes));
}

ReportStore::AddOutcome ReportStore::add(const ReportRows &r)
{
    AddOutcome out;
    {
        BoundStatement &q = statement(QStringLiteral("SELECT id, source_path FROM reports WHERE content_hash = ?"));
        q.add(r.contentHash);
        if (q.exec() && q.next()) {
            out.kind = AddOutcome::Duplicate;
            out.id = q.int64At(0);
            out.message = q.textAt(1);
            q.finish();
            return out;
        }
        q.finish();
    }
    Transaction tx(m_db);
    if (!tx.active()) {
        out.message = m_db.transactionError();
        return out;
    }
    const QString timestamp = now();
    BoundStatement &q = statement(QStringLiteral(
        "INSERT INTO reports (content_hash, source_path, format, encoding, body_start, body_end, "
        "chrome, title, region, parents, level, year, published, region_code, imported_at, size_bytes, char_count, "
        "province, city) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)%1")
                  .arg(m_db.returningId()));
    q.add(r.contentHash);
    q.add(r.path);
    q.add(r.format);
    q.add(nullIfEmpty(r.encoding));
    q.add(r.bodyStart);
    q.add(r.bodyEnd);
    q.add(r.chromeJson);
    q.add(nullIfEmpty(r.title));
    q.add(nullIfEmpty(r.region));
    q.add(r.parentsJson);
    q.add(nullIfEmpty(r.level));
    if (r.year)
        q.add(r.year);
    else
        q.addNull();
    q.add(nullIfEmpty(r.published));
    q.add(nullIfEmpty(r.regionCode));
    q.add(timestamp);
    if (r.sizeBytes >= 0)
        q.add(r.sizeBytes);
    else
        q.addNull();
    q.add(r.charCount);
    q.add(nullIfEmpty(r.province));
    q.add(nullIfEmpty(r.city));
    if (!q.exec()) {
        out.message = q.error();
        return out;
    }
    const qint64 id = q.insertedId();
    {
        BoundStatement &t = statement(m_db.isPostgres()
                      ? QStringLiteral("INSERT INTO report_texts (report_id, original_text, search_text) VALUES (?, ?, ?)")
                      : QStringLiteral("INSERT INTO report_texts (report_id, original_text) VALUES (?, ?)"));
        t.add(id);
        t.addUtf8(r.textUtf8);
        if (m_db.isPostgres())
            t.add(r.searchTitle + QLatin1Char('\n') + QString::fromUtf8(r.searchBodyUtf8));
        if (!t.exec()) {
            out.message = t.error();
            return out;
        }
    }
    std::optional<PendingIndex> indexRow;
    if (!m_db.isPostgres()) {
        indexRow = PendingIndex{id, r.searchTitle, r.searchBodyUtf8};
        if (!m_deferIndex) {
            m_pendingIndex = {*indexRow};
            if (!flushSearchIndex()) {
                out.message = m_error;
                return out;
            }
        }
    }
    if (!insertMentions(id, r.mentions, timestamp)) {
        out.message = m_error;
        return out; // the transaction rolls back: nothing half-written
    }
    if (!tx.commit()) {
        out.message = m_db.transactionError();
        return out;
    }
    if (m_deferIndex && indexRow) // only reports that were stored are indexed
        m_pendingIndex.append(std::move(*indexRow));
    out.kind = AddOutcome::Added;
    out.id = id;
    return out;
}

bool ReportStore::flushSearchIndex()
{
    if (m_pendingIndex.isEmpty())
        return true;
    BoundStatement &fts = statement(QStringLiteral("INSERT INTO reports_fts(rowid, title, body) VALUES (?, ?, ?)"));
    for (const PendingIndex &p : std::as_const(m_pendingIndex)) {
        fts.add(p.id);
        fts.add(p.title);
        fts.addUtf8(p.body);
        if (!fts.exec()) {
            m_error = fts.error();
            m_pendingIndex.clear();
            return false;
        }
    }
    m_pendingIndex.clear();
    return true;
}

QVector<ReportSummary> ReportStore::list() const
{
    QVector<ReportSummary> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.source_path, r.title, r.region, r.parents, r.level, r.year, r.published, r.encoding, "
            "r.format, r.imported_at, "
            "(SELECT count(*) FROM mentions m WHERE m.report_id = r.id AND m.status = 'active'), "
            "(SELECT count(*) FROM annotations a WHERE a.report_id = r.id), "
            "(SELECT count(*) FROM mentions m WHERE m.report_id = r.id AND m.status = 'active' AND m.verified = 0) "
            "FROM reports r ORDER BY r.id"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ReportSummary s;
        s.id = q.value(0).toLongLong();
        s.file = q.value(1).toString();
        s.title = q.value(2).toString();
        s.region = q.value(3).toString();
        s.parents = listFromJson(q.value(4).toString());
        s.level = q.value(5).toString();
        s.year = q.value(6).toInt();
        s.published = q.value(7).toString();
        s.encoding = q.value(8).toString();
        s.format = q.value(9).toString();
        s.importedAt = q.value(10).toString();
        s.mentions = q.value(11).toInt();
        s.annotations = q.value(12).toInt();
        s.unverified = q.value(13).toInt();
        out.append(s);
    }
    return out;
}

std::optional<ReportRecord> ReportStore::report(qint64 id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.source_path, r.title, r.region, r.parents, r.level, r.year, r.published, r.encoding, r.format, "
        "r.imported_at, t.original_text, r.body_start, r.body_end, r.chrome, r.region_code, r.metadata_edited "
        "FROM reports r JOIN report_texts t ON t.report_id = r.id WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    ReportRecord r;
    r.summary.id = q.value(0).toLongLong();
    r.summary.file = q.value(1).toString();
    r.summary.title = q.value(2).toString();
    r.summary.region = q.value(3).toString();
    r.summary.parents = listFromJson(q.value(4).toString());
    r.summary.level = q.value(5).toString();
    r.summary.year = q.value(6).toInt();
    r.summary.published = q.value(7).toString();
    r.summary.encoding = q.value(8).toString();
    r.summary.format = q.value(9).toString();
    r.summary.importedAt = q.value(10).toString();
    r.text = q.value(11).toString();
    r.bodyStart = q.value(12).toInt();
    r.bodyEnd = q.value(13).toInt();
    r.chrome = spansFromJson(q.value(14).toString());
    r.regionCode = q.value(15).toString();
    r.metadataEdited = listFromJson(q.value(16).toString());
    return r;
}

QVector<StoredMention> ReportStore::mentions(qint64 reportId) const
{
    QVector<StoredMention> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM mentions WHERE report_id = ? ORDER BY start_pos, key")
                  .arg(QLatin1String(kMentionColumns)));
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(mentionFromQuery(q));
    return out;
}

int ReportStore::count() const
{
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM reports")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QVector<qint64> ReportStore::reportIds() const
{
    QVector<qint64> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id FROM reports ORDER BY id")))
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

QString ReportStore::searchCondition(const QString &query, const QString &table, QVariantList *binds,
                                     Database::Backend backend)
{
    const QString folded = fold(query.trimmed());
    if (folded.isEmpty())
        return QStringLiteral("1 = 1");
    if (backend == Database::Backend::PostgreSQL) {
        // The folded text is stored: a trigram index serves LIKE for three characters or more,
        // strpos scans for shorter queries.
        if (folded.toUcs4().size() >= 3) {
            QString pattern = folded;
            pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
            binds->append(QLatin1Char('%') + pattern + QLatin1Char('%'));
            return QStringLiteral("%1.id IN (SELECT report_id FROM report_texts WHERE search_text LIKE ?)").arg(table);
        }
        binds->append(folded);
        return QStringLiteral("%1.id IN (SELECT report_id FROM report_texts WHERE strpos(search_text, ?) > 0)").arg(table);
    }
    const QList<uint> codePoints = folded.toUcs4();
    if (codePoints.size() >= 3) {
        // The index holds no positions: it finds the reports that have every trigram of the
        // query, and fz_has_phrase keeps those where they stand together, in the title or text.
        QStringList terms;
        for (qsizetype i = 0; i + 3 <= codePoints.size(); ++i) {
            QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + i), 3);
            trigram.replace(u'"', QStringLiteral("\"\""));
            const QString term = QLatin1Char('"') + trigram + QLatin1Char('"');
            if (!terms.contains(term))
                terms << term;
        }
        binds->append(terms.join(QLatin1String(" AND ")));
        const QString candidates = QStringLiteral("%1.id IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?)").arg(table);
        if (codePoints.size() == 3)
            return candidates; // one trigram: the index alone is exact
        binds->append(folded);
        binds->append(folded);
        return QStringLiteral("(%1 AND (fz_has_phrase(%2.title, ?) OR EXISTS (SELECT 1 FROM report_texts t "
                              "WHERE t.report_id = %2.id AND fz_has_phrase(t.original_text, ?))))")
            .arg(candidates, table);
    }
    // The trigram index cannot find one or two characters: scan, trying each traditional form
    // of the (simplified) query against the stored original text.
    QStringList inText, inTitle;
    for (const QString &f : unfoldVariants(folded, 16)) {
        inText << QStringLiteral("instr(t.original_text, ?) > 0");
        binds->append(f);
    }
    for (const QString &f : unfoldVariants(folded, 16)) {
        inTitle << QStringLiteral("instr(%1.title, ?) > 0").arg(table);
        binds->append(f);
    }
    return QStringLiteral("(%1.id IN (SELECT t.report_id FROM report_texts t WHERE %2) OR %3)")
        .arg(table, inText.join(QLatin1String(" OR ")), inTitle.join(QLatin1String(" OR ")));
}

QVector<qint64> ReportStore::search(const QString &query, int limit) const
{
    QVector<qint64> out;
    if (fold(query.trimmed()).isEmpty())
        return out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    QVariantList binds;
    const QString condition = searchCondition(query, QStringLiteral("r"), &binds, m_db.backend());
    q.prepare(QStringLiteral("SELECT r.id FROM reports r WHERE %1 ORDER BY r.id%2")
                  .arg(condition, limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

bool ReportStore::retitleSearch(qint64 reportId, const QString &oldTitle, const QString &newTitle)
{
    QSqlQuery t(m_db.db());
    t.prepare(QStringLiteral("SELECT original_text FROM report_texts WHERE report_id = ?"));
    t.addBindValue(reportId);
    if (!t.exec() || !t.next()) {
        m_error = t.lastError().text();
        return false;
    }
    const QString folded = fold(t.value(0).toString());
    t.finish();
    QSqlQuery q(m_db.db());
    if (m_db.isPostgres()) {
        q.prepare(QStringLiteral("UPDATE report_texts SET search_text = ? WHERE report_id = ?"));
        q.addBindValue(fold(newTitle) + QLatin1Char('\n') + folded);
        q.addBindValue(reportId);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    // A contentless index forgets a row only when given exactly what it was given.
    q.prepare(QStringLiteral("INSERT INTO reports_fts(reports_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)"));
    q.addBindValue(reportId);
    q.addBindValue(fold(oldTitle));
    q.addBindValue(folded);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO reports_fts(rowid, title, body) VALUES (?, ?, ?)"));
    q.addBindValue(reportId);
    q.addBindValue(fold(newTitle));
    q.addBindValue(folded);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool ReportStore::remove(const QVector<qint64> &ids, QString *error)
{
    Transaction tx(m_db);
    for (qint64 id : ids) {
        const std::optional<ReportRecord> r = report(id);
        if (!r)
            continue;
        QSqlQuery q(m_db.db());
        if (!m_db.isPostgres()) {
            q.prepare(QStringLiteral("INSERT INTO reports_fts(reports_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(fold(r->summary.title));
            q.addBindValue(fold(r->text));
            if (!q.exec()) {
                if (error) *error = q.lastError().text();
                return false;
            }
        }
        q.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            if (error) *error = q.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        if (error) *error = m_db.transactionError();
        return false;
    }
    return true;
}

bool ReportStore::reextract(qint64 reportId, const IndicatorExtractor &extractor, QString *error)
{
    const std::optional<ReportRecord> rec = report(reportId);
    if (!rec) {
        if (error) *error = QStringLiteral("no report %1").arg(reportId);
        return false;
    }
    ReportAnalysis a = analyseText(rec->text, rec->summary.title, &extractor);
    // A year or level the analyst corrected is the one extraction reads by (which year's
    // figures count, whose scope is the whole body).
    const bool yearFixed = rec->metadataEdited.contains(QStringLiteral("year"));
    const bool levelFixed = rec->metadataEdited.contains(QStringLiteral("level"));
    const bool regionFixed = rec->metadataEdited.contains(QStringLiteral("region"));
    if (yearFixed || levelFixed || regionFixed)
        a.mentions = extractor.extract(a.folded, a.layout, yearFixed ? rec->summary.year : a.meta.year,
                                       levelFixed ? rec->summary.level : a.meta.level,
                                       regionFixed ? rec->summary.region : a.meta.region, a.meta.coveredPart);
    const QVector<StoredMention> old = mentions(reportId);
    const OffsetMap offsets(rec->text);
    Transaction tx(m_db);
    QSqlQuery q(m_db.db());
    // What the analyst touched stays: manual, verified, edited, rejected, chosen headlines.
    QVector<StoredMention> kept;
    QSet<QString> manualHeadlineKeys;
    for (const StoredMention &m : old) {
        const bool touched = m.source == QLatin1String("manual") || m.verified || m.edited ||
                             m.status == QLatin1String("rejected") || m.headlineManual || !m.note.isEmpty();
        if (touched) {
            kept.append(m);
            if (m.headlineManual && m.headline)
                manualHeadlineKeys.insert(m.key);
            continue;
        }
        q.prepare(QStringLiteral("DELETE FROM mentions WHERE id = ?"));
        q.addBindValue(m.id);
        if (!q.exec()) {
            if (error) *error = q.lastError().text();
            return false;
        }
    }
    const QString timestamp = now();
    QSet<QString> autoHeadlineKeys;
    BoundStatement &mentionInsert = statement(mentionInsertSql());
    for (const Mention &m : a.mentions) {
        const int s = offsets.toCodePoint(m.start), e = offsets.toCodePoint(m.end);
        const StoredMention *same = nullptr;
        for (const StoredMention &k : kept)
            if (k.key == m.key && k.start == s && k.end == e) { same = &k; break; }
        if (same) {
            // The analyst's record stands; only the automatic headline flag may follow the new run.
            if (!manualHeadlineKeys.contains(m.key) && !same->headlineManual) {
                q.prepare(QStringLiteral("UPDATE mentions SET headline = ?, auto_value = ? WHERE id = ?"));
                q.addBindValue(m.headline ? 1 : 0);
                q.addBindValue(m.value);
                q.addBindValue(same->id);
                q.exec();
                if (m.headline) autoHeadlineKeys.insert(m.key);
            }
            continue;
        }
        Mention copy = m;
        if (manualHeadlineKeys.contains(m.key))
            copy.headline = false;
        if (copy.headline) autoHeadlineKeys.insert(m.key);
        if (!insertMention(mentionInsert, reportId, mentionRow(copy, rec->text, offsets), timestamp)) {
            if (error) *error = m_error;
            return false;
        }
    }
    // A kept mention that was the automatic headline gives way to the new automatic choice.
    for (const StoredMention &k : kept) {
        if (k.headline && !k.headlineManual && autoHeadlineKeys.contains(k.key)) {
            bool stillChosen = false;
            for (const Mention &m : a.mentions)
                if (m.headline && m.key == k.key && offsets.toCodePoint(m.start) == k.start) stillChosen = true;
            if (!stillChosen) {
                q.prepare(QStringLiteral("UPDATE mentions SET headline = 0 WHERE id = ?"));
                q.addBindValue(k.id);
                q.exec();
            }
        }
    }
    // Metadata the analyst did not set follows the new analysis.
    const QStringList edited = rec->metadataEdited;
    auto setField = [&](const char *column, const QVariant &value) {
        if (edited.contains(QLatin1String(column)))
            return;
        QSqlQuery u(m_db.db());
        u.prepare(QStringLiteral("UPDATE reports SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
        u.addBindValue(value);
        u.addBindValue(reportId);
        u.exec();
    };
    setField("region", nullable(a.meta.region));
    setField("parents", jsonList(a.meta.parents));
    setField("level", nullable(a.meta.level));
    setField("year", a.meta.year ? QVariant(a.meta.year) : QVariant(QMetaType(QMetaType::Int)));
    setField("published", nullable(a.meta.published));
    {
        // Province and city follow whatever region the report now has.
        QSqlQuery r(m_db.db());
        r.prepare(QStringLiteral("SELECT region, parents, level FROM reports WHERE id = ?"));
        r.addBindValue(reportId);
        if (r.exec() && r.next()) {
            const DivisionContext c = divisionContext(r.value(0).toString(), parentsFromJson(r.value(1).toString()), r.value(2).toString());
            r.finish();
            QSqlQuery u(m_db.db());
            u.prepare(QStringLiteral("UPDATE reports SET province = ?, city = ? WHERE id = ?"));
            u.addBindValue(nullable(c.province));
            u.addBindValue(nullable(c.city));
            u.addBindValue(reportId);
            u.exec();
        }
    }
    if (!tx.commit()) {
        if (error) *error = m_db.transactionError();
        return false;
    }
    return true;
}

} // namespace fz
