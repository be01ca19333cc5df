#pragma once
// Every report in the library as a table, fetched a page at a time so that 100,000 reports open
// at once: region, parents, level, year, title, and counts of indicators, annotations and
// values not yet verified. Filters and sort order become SQL.
#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace fz {

class LibrarySession;

struct LibraryFilter {
    QString province;
    QString city;
    QString level;
    int yearFrom = 0;
    int yearTo = 0;
    QString search;        // full text, simplified or traditional
    bool unverifiedOnly = false;
    bool operator==(const LibraryFilter &o) const
    {
        return province == o.province && city == o.city && level == o.level && yearFrom == o.yearFrom &&
               yearTo == o.yearTo && search == o.search && unverifiedOnly == o.unverifiedOnly;
    }
};

class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Region, Parents, Level, Year, Title, Indicators, Annotations, Unverified, Published, ColumnCount };
    static constexpr int kPageSize = 256;

    explicit LibraryModel(LibrarySession *session, QObject *parent = nullptr);

    void setFilter(const LibraryFilter &filter);
    LibraryFilter filter() const { return m_filter; }
    void refresh();

    qint64 reportId(int row) const;
    int rowOf(qint64 reportId) const; // -1 when not fetched yet
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // Distinct values for the filter combos.
    QStringList provinces() const;
    QStringList cities(const QString &province) const;
    QPair<int, int> yearRange() const;

    static QString levelLabel(const QString &level);

Q_SIGNALS:
    void totalChanged(int total);

private:
    struct Row {
        qint64 id = 0;
        QString region, parents, level, title, published;
        int year = 0;
        int mentions = 0, annotations = 0, unverified = 0;
    };
    QString where(QVariantList *binds) const;
    QString orderBy() const;

    LibrarySession *m_session;
    LibraryFilter m_filter;
    QVector<Row> m_rows;
    int m_total = 0;
    int m_sortColumn = Region;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace fz
