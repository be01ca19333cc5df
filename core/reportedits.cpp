#include "reportedits.h"
#include "gazetteer.h"
#include "reportstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace fz {

namespace {

Annotation annotationFromQuery(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.reportId = q.value(1).toLongLong();
    a.start = q.value(2).toInt();
    a.end = q.value(3).toInt();
    a.note = q.value(4).toString();
    a.color = q.value(5).toString();
    a.createdAt = q.value(6).toString();
    a.updatedAt = q.value(7).toString();
    a.version = q.value(8).toInt();
    return a;
}

const char *kAnnotationColumns = "id, report_id, start_pos, end_pos, note, color, created_at, updated_at, version";

bool validColour(const QString &c)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(c).hasMatch();
}

QVariant nullNumber() { return QVariant(QMetaType(QMetaType::Double)); }

} // namespace

QString ReportEdits::describe(EditResult r)
{
    switch (r) {
    case EditResult::Ok: return QStringLiteral("ok");
    case EditResult::NotFound: return QStringLiteral("not found");
    case EditResult::Conflict: return QStringLiteral("changed by someone else since it was read");
    case EditResult::Invalid: return QStringLiteral("invalid value");
    case EditResult::Failed: return QStringLiteral("database error");
    }
    return {};
}

std::optional<Annotation> ReportEdits::annotation(qint64 id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM annotations WHERE id = ?").arg(QLatin1String(kAnnotationColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return annotationFromQuery(q);
    return std::nullopt;
}

QVector<Annotation> ReportEdits::annotations(qint64 reportId) const
{
    QVector<Annotation> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM annotations WHERE report_id = ? ORDER BY start_pos, id").arg(QLatin1String(kAnnotationColumns)));
    q.addBindValue(reportId);
    if (q.exec())
        while (q.next())
            out.append(annotationFromQuery(q));
    return out;
}

QVector<Annotation> ReportEdits::allAnnotations() const
{
    QVector<Annotation> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM annotations ORDER BY report_id, start_pos, id").arg(QLatin1String(kAnnotationColumns))))
        while (q.next())
            out.append(annotationFromQuery(q));
    return out;
}

EditResult ReportEdits::addAnnotation(Annotation &a)
{
    if (a.end <= a.start || a.start < 0) {
        m_error = QStringLiteral("the span is empty");
        return EditResult::Invalid;
    }
    if (a.color.isEmpty())
        a.color = QStringLiteral("#ffd54f");
    if (!validColour(a.color)) {
        m_error = QStringLiteral("colour must be #rrggbb");
        return EditResult::Invalid;
    }
    // The span must lie inside the report's text.
    QSqlQuery len(m_db.db());
    len.prepare(QStringLiteral("SELECT length(original_text) FROM report_texts WHERE report_id = ?"));
    len.addBindValue(a.reportId);
    if (!len.exec() || !len.next()) {
        m_error = QStringLiteral("no report %1").arg(a.reportId);
        return EditResult::NotFound;
    }
    if (a.end > len.value(0).toInt()) {
        m_error = QStringLiteral("the span ends after the text (%1 characters)").arg(len.value(0).toInt());
        return EditResult::Invalid;
    }
    len.finish();
    a.createdAt = a.updatedAt = ReportStore::now();
    a.version = 1;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO annotations (report_id, start_pos, end_pos, note, color, created_at, updated_at, version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 1)") + m_db.returningId());
    for (const QVariant &v : {QVariant(a.reportId), QVariant(a.start), QVariant(a.end), QVariant(a.note), QVariant(a.color),
                              QVariant(a.createdAt), QVariant(a.updatedAt)})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return EditResult::Failed;
    }
    a.id = m_db.insertedId(q);
    return EditResult::Ok;
}

EditResult ReportEdits::restoreAnnotation(const Annotation &a)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO annotations (id, report_id, start_pos, end_pos, note, color, created_at, updated_at, version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(a.id), QVariant(a.reportId), QVariant(a.start), QVariant(a.end), QVariant(a.note),
                              QVariant(a.color), QVariant(a.createdAt), QVariant(ReportStore::now()), QVariant(a.version + 1)})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return EditResult::Failed;
    }
    return EditResult::Ok;
}

EditResult ReportEdits::versionedWrite(const QString &table, const QString &statement, const QVariantList &values,
                                       qint64 id, int expectedVersion)
{
    m_error.clear();
    QSqlQuery q(m_db.db());
    q.prepare(statement + QStringLiteral(" WHERE id = ? AND (? < 0 OR version = ?)"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    q.addBindValue(expectedVersion);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return EditResult::Failed;
    }
    if (q.numRowsAffected() > 0)
        return EditResult::Ok;
    // Nothing written: the row is gone, or another analyst changed it since it was read.
    QSqlQuery exists(m_db.db());
    exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    exists.addBindValue(id);
    return exists.exec() && exists.next() ? EditResult::Conflict : EditResult::NotFound;
}

EditResult ReportEdits::updateAnnotation(qint64 id, const QString &note, const QString &color, int expectedVersion)
{
    if (!validColour(color)) {
        m_error = QStringLiteral("colour must be #rrggbb");
        return EditResult::Invalid;
    }
    return versionedWrite(QStringLiteral("annotations"),
                          QStringLiteral("UPDATE annotations SET note = ?, color = ?, updated_at = ?, version = version + 1"),
                          {note, color, ReportStore::now()}, id, expectedVersion);
}

EditResult ReportEdits::deleteAnnotation(qint64 id, int expectedVersion)
{
    return versionedWrite(QStringLiteral("annotations"), QStringLiteral("DELETE FROM annotations"), {}, id, expectedVersion);
}

std::optional<StoredMention> ReportEdits::mention(qint64 id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT report_id FROM mentions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 reportId = q.value(0).toLongLong();
    for (const StoredMention &m : ReportStore(m_db).mentions(reportId))
        if (m.id == id)
            return m;
    return std::nullopt;
}

EditResult ReportEdits::updateMention(qint64 id, const QString &assignments, const QVariantList &values, int expectedVersion)
{
    return versionedWrite(QStringLiteral("mentions"),
                          QStringLiteral("UPDATE mentions SET %1, updated_at = ?, version = version + 1").arg(assignments),
                          values + QVariantList{ReportStore::now()}, id, expectedVersion);
}

EditResult ReportEdits::setValue(qint64 id, double value, int expectedVersion)
{
    if (std::isnan(value) || std::isinf(value)) {
        m_error = QStringLiteral("not a number");
        return EditResult::Invalid;
    }
    // A value put back to what extraction found is no longer an edit.
    return updateMention(id, QStringLiteral("value = ?, edited = CASE WHEN auto_value IS NOT NULL AND auto_value = ? THEN 0 ELSE 1 END"),
                         {value, value}, expectedVersion);
}

EditResult ReportEdits::setVerified(qint64 id, bool verified, int expectedVersion)
{
    return updateMention(id, QStringLiteral("verified = ?"), {verified ? 1 : 0}, expectedVersion);
}

EditResult ReportEdits::setRejected(qint64 id, bool rejected, int expectedVersion)
{
    // A rejected mention cannot stand for the report.
    return updateMention(id, rejected ? QStringLiteral("status = 'rejected', headline = 0, headline_manual = 0") : QStringLiteral("status = 'active'"),
                         {}, expectedVersion);
}

EditResult ReportEdits::setNote(qint64 id, const QString &note, int expectedVersion)
{
    return updateMention(id, QStringLiteral("note = ?"), {note}, expectedVersion);
}

EditResult ReportEdits::makeHeadline(qint64 id, int expectedVersion)
{
    const std::optional<StoredMention> m = mention(id);
    if (!m)
        return EditResult::NotFound;
    if (!m->active()) {
        m_error = QStringLiteral("a rejected mention cannot be the headline");
        return EditResult::Invalid;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE mentions SET headline = 0, headline_manual = 1, version = version + 1, updated_at = ? "
                             "WHERE report_id = ? AND key = ? AND id <> ? AND (headline = 1 OR headline_manual = 0)"));
    q.addBindValue(ReportStore::now());
    q.addBindValue(m->reportId);
    q.addBindValue(m->key);
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return EditResult::Failed;
    }
    const EditResult r = updateMention(id, QStringLiteral("headline = 1, headline_manual = 1"), {}, expectedVersion);
    if (r != EditResult::Ok)
        return r;
    return tx.commit() ? EditResult::Ok : EditResult::Failed;
}

EditResult ReportEdits::restoreHeadlines(qint64 reportId, const QString &key, const QVector<StoredMention> &before)
{
    Transaction tx(m_db);
    for (const StoredMention &m : before) {
        if (m.reportId != reportId || m.key != key)
            continue;
        const EditResult r = updateMention(m.id, QStringLiteral("headline = ?, headline_manual = ?"),
                                           {m.headline ? 1 : 0, m.headlineManual ? 1 : 0}, -1);
        if (r != EditResult::Ok && r != EditResult::NotFound)
            return r;
    }
    return tx.commit() ? EditResult::Ok : EditResult::Failed;
}

EditResult ReportEdits::addMention(StoredMention &m)
{
    if (m.end <= m.start || m.key.isEmpty() || std::isnan(m.value)) {
        m_error = QStringLiteral("a mention needs a key, a value and a non-empty span");
        return EditResult::Invalid;
    }
    const QString now = ReportStore::now();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO mentions (report_id, key, value, unit, approximate, start_pos, end_pos, sentence, headline, "
                             "headline_manual, source, status, verified, auto_value, edited, note, created_at, updated_at, version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'manual', 'active', ?, NULL, 0, ?, ?, ?, 1)") + m_db.returningId());
    for (const QVariant &v : {QVariant(m.reportId), QVariant(m.key), QVariant(m.value), QVariant(m.unit), QVariant(m.approximate ? 1 : 0),
                              QVariant(m.start), QVariant(m.end), QVariant(m.sentence), QVariant(m.verified ? 1 : 0),
                              QVariant(m.note), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return EditResult::Failed;
    }
    m.id = m_db.insertedId(q);
    m.source = QStringLiteral("manual");
    m.status = QStringLiteral("active");
    m.version = 1;
    return EditResult::Ok;
}

EditResult ReportEdits::restoreMention(const StoredMention &m)
{
    const QString now = ReportStore::now();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO mentions (id, report_id, key, value, unit, approximate, start_pos, end_pos, sentence, headline, "
                             "headline_manual, source, status, verified, auto_value, edited, note, created_at, updated_at, version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(m.id), QVariant(m.reportId), QVariant(m.key), QVariant(m.value), QVariant(m.unit),
                              QVariant(m.approximate ? 1 : 0), QVariant(m.start), QVariant(m.end), QVariant(m.sentence),
                              QVariant(m.headline ? 1 : 0), QVariant(m.headlineManual ? 1 : 0), QVariant(m.source), QVariant(m.status),
                              QVariant(m.verified ? 1 : 0), std::isnan(m.autoValue) ? nullNumber() : QVariant(m.autoValue),
                              QVariant(m.edited ? 1 : 0), QVariant(m.note), QVariant(now), QVariant(now), QVariant(m.version + 1)})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return EditResult::Failed;
    }
    return EditResult::Ok;
}

EditResult ReportEdits::deleteMention(qint64 id, int expectedVersion)
{
    return versionedWrite(QStringLiteral("mentions"), QStringLiteral("DELETE FROM mentions"), {}, id, expectedVersion);
}

// A metadata value as the library holds it, to compare what an analyst read with what is
// there: parents as a compact JSON array, a year as digits, nothing as the empty string.
QString ReportEdits::metadataText(const QString &field, const QVariant &v)
{
    if (field == QLatin1String("parents"))
        return jsonList(v.typeId() == QMetaType::QStringList ? v.toStringList() : parentsFromJson(v.toString()));
    if (field == QLatin1String("year"))
        return v.isNull() || v.toInt() == 0 ? QString() : QString::number(v.toInt());
    return v.isNull() ? QString() : v.toString();
}

QStringList ReportEdits::editableMetadataFields()
{
    return {QStringLiteral("region"), QStringLiteral("parents"), QStringLiteral("level"), QStringLiteral("year"),
            QStringLiteral("published"), QStringLiteral("title")};
}

EditResult ReportEdits::setMetadata(qint64 reportId, const QString &field, const QVariant &value,
                                    const std::optional<QVariant> &expected)
{
    if (!editableMetadataFields().contains(field)) {
        m_error = QStringLiteral("unknown field '%1' (editable: %2)").arg(field, editableMetadataFields().join(QLatin1String(", ")));
        return EditResult::Invalid;
    }
    QVariant v = value;
    if (field == QLatin1String("year")) {
        bool ok = false;
        const int y = value.toInt(&ok);
        if (!value.isNull() && (!ok || y < 1949 || y > 2100)) {
            m_error = QStringLiteral("year must be between 1949 and 2100");
            return EditResult::Invalid;
        }
    } else if (field == QLatin1String("level")) {
        static const QStringList levels = {QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("district"),
                                           QStringLiteral("street"), QStringLiteral("department")};
        if (!value.isNull() && !levels.contains(value.toString())) {
            m_error = QStringLiteral("level must be one of %1").arg(levels.join(QLatin1String(", ")));
            return EditResult::Invalid;
        }
    } else if (field == QLatin1String("published")) {
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!value.toString().isEmpty() && !date.match(value.toString()).hasMatch()) {
            m_error = QStringLiteral("published must be YYYY-MM-DD");
            return EditResult::Invalid;
        }
    } else if (field == QLatin1String("parents")) {
        v = jsonList(value.toStringList());
    }
    return writeMetadata(reportId, field, v, std::nullopt, expected);
}

EditResult ReportEdits::restoreMetadata(qint64 reportId, const QString &field, const QVariant &value, const QStringList &editedBefore,
                                        const std::optional<QVariant> &expected)
{
    QVariant v = value;
    if (field == QLatin1String("parents"))
        v = jsonList(value.toStringList());
    return writeMetadata(reportId, field, v, editedBefore, expected);
}

EditResult ReportEdits::writeMetadata(qint64 reportId, const QString &field, const QVariant &v,
                                      const std::optional<QStringList> &editedList, const std::optional<QVariant> &expected)
{
    m_error.clear();
    if (!editableMetadataFields().contains(field))
        return EditResult::Invalid;
    Transaction tx(m_db);
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT metadata_edited, region, parents, level, title, %1 FROM reports WHERE id = ?").arg(field));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next())
        return EditResult::NotFound;
    QJsonArray edited = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    QString region = q.value(1).toString(), parents = q.value(2).toString(), level = q.value(3).toString();
    const QString oldTitle = q.value(4).toString();
    const QString current = metadataText(field, q.value(5));
    q.finish();
    // Read, compared and written in one transaction: what another analyst saved in between is
    // reported, not overwritten.
    if (expected && metadataText(field, *expected) != current) {
        m_error = QStringLiteral("%1 is now «%2»").arg(field, current);
        return EditResult::Conflict;
    }
    if (field == QLatin1String("title") && oldTitle != v.toString()) {
        ReportStore store(m_db);
        if (!store.retitleSearch(reportId, oldTitle, v.toString())) {
            m_error = store.lastError();
            return EditResult::Failed;
        }
    }
    if (editedList)
        edited = QJsonArray::fromStringList(*editedList);
    else if (!edited.contains(field))
        edited.append(field);
    if (field == QLatin1String("region")) region = v.toString();
    if (field == QLatin1String("parents")) parents = v.toString();
    if (field == QLatin1String("level")) level = v.toString();
    const DivisionContext context = divisionContext(region, parentsFromJson(parents), level);
    QSqlQuery u(m_db.db());
    u.prepare(QStringLiteral("UPDATE reports SET %1 = ?, metadata_edited = ?, province = ?, city = ? WHERE id = ?").arg(field));
    u.addBindValue(v.toString().isEmpty() && field != QLatin1String("parents") ? QVariant(QMetaType(QMetaType::QString)) : v);
    u.addBindValue(QString::fromUtf8(QJsonDocument(edited).toJson(QJsonDocument::Compact)));
    u.addBindValue(context.province.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(context.province));
    u.addBindValue(context.city.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(context.city));
    u.addBindValue(reportId);
    if (!u.exec()) {
        m_error = u.lastError().text();
        return EditResult::Failed;
    }
    return tx.commit() ? EditResult::Ok : EditResult::Failed;
}

} // namespace fz
