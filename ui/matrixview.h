#pragma once
// The matrix: regions × years for one indicator, like a code matrix in qualitative analysis.
// Cells are shaded by value and empty where a report is missing or silent; sort by any column,
// filter by region, double-click to open the report at the sentence, export to CSV.
#include "comparisondata.h"

#include <QAbstractTableModel>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace fz {

class LibrarySession;

class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit MatrixModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setValues(const QString &key, const QVector<ComparisonValue> &values, const QVector<int> &years);
    const ComparisonValue *valueAt(const QModelIndex &index) const;
    QVector<int> years() const { return m_years; }
    QStringList regions() const { return m_regions; }
    // Fetches a value's sentence and title when its tooltip is shown (values come without).
    void setSourceLookup(std::function<ComparisonValue(const ComparisonValue &)> lookup) { m_sourceOf = std::move(lookup); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int kFixedColumns = 2; // region, province

private:
    QString m_key;
    QStringList m_regions;
    QStringList m_provinces;
    QVector<int> m_years;
    QHash<QString, ComparisonValue> m_cells; // region\x1fyear
    double m_min = 0, m_max = 0;
    std::function<ComparisonValue(const ComparisonValue &)> m_sourceOf;
};

class MatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixView(LibrarySession *session, QWidget *parent = nullptr);
    void setIndicator(const QString &key);
    MatrixModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QByteArray csv() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openReportAt(qint64 reportId, int start, int end);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The library changed: refresh now if shown, else when next shown.
    void refreshWhenShown();
    LibrarySession *m_session;
    bool m_stale = false;
    QComboBox *m_key;
    QComboBox *m_province;
    QComboBox *m_level;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_legend;
    MatrixModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QVector<ComparisonValue> m_values;
};

} // namespace fz
