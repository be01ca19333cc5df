#include "librarymodel.h"
#include "librarysession.h"
#include "gazetteer.h"

#include <QFont>
#include <QSqlError>
#include <QSqlQuery>

namespace fz {

LibraryModel::LibraryModel(LibrarySession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &LibrarySession::libraryChanged, this, &LibraryModel::refresh);
    connect(session, &LibrarySession::closed, this, &LibraryModel::refresh);
    connect(session, &LibrarySession::reportChanged, this, [this](qint64 id) {
        // Counts and metadata of one report: re-read its row in place.
        const int row = rowOf(id);
        if (row < 0 || !m_session->isOpen())
            return;
        QSqlQuery q(m_session->database().db());
        q.prepare(QStringLiteral(
            "SELECT r.region, r.parents, r.level, r.year, r.title, r.published, "
            "(SELECT count(*) FROM mentions m WHERE m.report_id = r.id AND m.status = 'active'), "
            "(SELECT count(*) FROM annotations a WHERE a.report_id = r.id), "
            "(SELECT count(*) FROM mentions m WHERE m.report_id = r.id AND m.status = 'active' AND m.verified = 0) "
            "FROM reports r WHERE r.id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return;
        Row &r = m_rows[row];
        r.region = q.value(0).toString();
        r.parents = q.value(1).toString();
        r.level = q.value(2).toString();
        r.year = q.value(3).toInt();
        r.title = q.value(4).toString();
        r.published = q.value(5).toString();
        r.mentions = q.value(6).toInt();
        r.annotations = q.value(7).toInt();
        r.unverified = q.value(8).toInt();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

QString LibraryModel::levelLabel(const QString &level)
{
    if (level == QLatin1String("province")) return tr("Province");
    if (level == QLatin1String("city")) return tr("City");
    if (level == QLatin1String("district")) return tr("District/county");
    if (level == QLatin1String("street")) return tr("Street/town");
    if (level == QLatin1String("department")) return tr("Department");
    return level;
}

QString LibraryModel::where(QVariantList *binds) const
{
    QStringList c;
    if (!m_filter.province.isEmpty()) { c << QStringLiteral("r.province = ?"); binds->append(m_filter.province); }
    if (!m_filter.city.isEmpty()) { c << QStringLiteral("r.city = ?"); binds->append(m_filter.city); }
    if (!m_filter.level.isEmpty()) { c << QStringLiteral("r.level = ?"); binds->append(m_filter.level); }
    if (m_filter.yearFrom > 0) { c << QStringLiteral("r.year >= ?"); binds->append(m_filter.yearFrom); }
    if (m_filter.yearTo > 0) { c << QStringLiteral("r.year <= ?"); binds->append(m_filter.yearTo); }
    if (!m_filter.search.trimmed().isEmpty())
        c << ReportStore::searchCondition(m_filter.search, QStringLiteral("r"), binds, m_session->database().backend());
    if (m_filter.unverifiedOnly)
        c << QStringLiteral("EXISTS (SELECT 1 FROM mentions m WHERE m.report_id = r.id AND m.status = 'active' AND m.verified = 0)");
    return c.isEmpty() ? QStringLiteral("1 = 1") : c.join(QLatin1String(" AND "));
}

QString LibraryModel::orderBy() const
{
    const QString dir = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    switch (m_sortColumn) {
    case Parents: return QStringLiteral("r.province %1, r.city %1, r.region %1, r.year %1, r.id").arg(dir);
    case Level: return QStringLiteral("r.level %1, r.region, r.year, r.id").arg(dir);
    case Year: return QStringLiteral("r.year %1, r.region, r.id").arg(dir);
    case Title: return QStringLiteral("r.title %1, r.id").arg(dir);
    case Published: return QStringLiteral("r.published %1, r.id").arg(dir);
    default: return QStringLiteral("r.region %1, r.year %1, r.id").arg(dir);
    }
}

void LibraryModel::setFilter(const LibraryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void LibraryModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_session->isOpen()) {
        QVariantList binds;
        QSqlQuery q(m_session->database().db());
        q.prepare(QStringLiteral("SELECT count(*) FROM reports r WHERE ") + where(&binds));
        for (const QVariant &b : binds) q.addBindValue(b);
        if (q.exec() && q.next())
            m_total = q.value(0).toInt();
    }
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
    Q_EMIT totalChanged(m_total);
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_session->isOpen())
        return;
    QVariantList binds;
    QSqlQuery q(m_session->database().db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.region, r.parents, r.level, r.year, r.title, r.published FROM reports r WHERE %1 "
                             "ORDER BY %2 LIMIT %3 OFFSET %4")
                  .arg(where(&binds), orderBy()).arg(kPageSize).arg(m_rows.size()));
    for (const QVariant &b : binds) q.addBindValue(b);
    if (!q.exec())
        return;
    QVector<Row> page;
    QStringList ids;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.region = q.value(1).toString();
        r.parents = q.value(2).toString();
        r.level = q.value(3).toString();
        r.year = q.value(4).toInt();
        r.title = q.value(5).toString();
        r.published = q.value(6).toString();
        ids << QString::number(r.id);
        page.append(r);
    }
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the library shrank meanwhile
        return;
    }
    // Counts for this page only: a few indexed lookups, whatever the library's size.
    QHash<qint64, QPair<int, int>> mentionCounts;
    QHash<qint64, int> annotationCounts;
    const QString marks = QStringList(QList<QString>(ids.size(), QStringLiteral("?"))).join(u',');
    QSqlQuery c(m_session->database().db());
    c.prepare(QStringLiteral("SELECT report_id, count(*), sum(CASE WHEN verified = 0 THEN 1 ELSE 0 END) FROM mentions "
                             "WHERE status = 'active' AND report_id IN (%1) GROUP BY report_id").arg(marks));
    for (const QString &id : std::as_const(ids)) c.addBindValue(id.toLongLong());
    if (c.exec())
        while (c.next())
            mentionCounts.insert(c.value(0).toLongLong(), {c.value(1).toInt(), c.value(2).toInt()});
    c.prepare(QStringLiteral("SELECT report_id, count(*) FROM annotations WHERE report_id IN (%1) GROUP BY report_id").arg(marks));
    for (const QString &id : std::as_const(ids)) c.addBindValue(id.toLongLong());
    if (c.exec())
        while (c.next())
            annotationCounts.insert(c.value(0).toLongLong(), c.value(1).toInt());
    for (Row &r : page) {
        r.mentions = mentionCounts.value(r.id).first;
        r.unverified = mentionCounts.value(r.id).second;
        r.annotations = annotationCounts.value(r.id);
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

qint64 LibraryModel::reportId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int LibraryModel::rowOf(qint64 reportId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == reportId)
            return i;
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Region: return r.region.isEmpty() ? tr("(unknown)") : r.region;
        case Parents: return parentsFromJson(r.parents).join(QStringLiteral(" · "));
        case Level: return levelLabel(r.level);
        case Year: return r.year ? QVariant(r.year) : QVariant();
        case Title: return r.title;
        case Indicators: return r.mentions;
        case Annotations: return r.annotations;
        case Unverified: return r.unverified;
        case Published: return r.published;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Year && index.column() != Title && index.column() != Published)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::FontRole && index.column() == Unverified && r.unverified > 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Region: return tr("The body that reports: a province, city, district or county, street or town, or a department");
        case Parents: return tr("The divisions it belongs to, nearest first");
        case Level: return tr("Administrative level");
        case Year: return tr("The year the report covers");
        case Indicators: return tr("Indicator values found in the report");
        case Annotations: return tr("Annotations on the report");
        case Unverified: return tr("Indicator values no analyst has verified yet");
        case Published: return tr("Date of publication");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Region: return tr("Region");
    case Parents: return tr("Within");
    case Level: return tr("Level");
    case Year: return tr("Year");
    case Title: return tr("Title");
    case Indicators: return tr("Indicators");
    case Annotations: return tr("Notes");
    case Unverified: return tr("Unverified");
    case Published: return tr("Published");
    default: return {};
    }
}

QStringList LibraryModel::provinces() const
{
    QStringList out;
    if (!m_session->isOpen()) return out;
    QSqlQuery q(m_session->database().db());
    if (q.exec(QStringLiteral("SELECT DISTINCT province FROM reports WHERE province IS NOT NULL ORDER BY province")))
        while (q.next()) out << q.value(0).toString();
    return out;
}

QStringList LibraryModel::cities(const QString &province) const
{
    QStringList out;
    if (!m_session->isOpen()) return out;
    QSqlQuery q(m_session->database().db());
    q.prepare(QStringLiteral("SELECT DISTINCT city FROM reports WHERE city IS NOT NULL AND (? = '' OR province = ?) ORDER BY city"));
    q.addBindValue(province);
    q.addBindValue(province);
    if (q.exec())
        while (q.next()) out << q.value(0).toString();
    return out;
}

QPair<int, int> LibraryModel::yearRange() const
{
    if (!m_session->isOpen()) return {0, 0};
    QSqlQuery q(m_session->database().db());
    if (q.exec(QStringLiteral("SELECT min(year), max(year) FROM reports WHERE year IS NOT NULL")) && q.next())
        return {q.value(0).toInt(), q.value(1).toInt()};
    return {0, 0};
}

} // namespace fz
