#pragma once
// Two to four reports side by side: an indicator table with one column per report, the
// differences and changes (Δ, %) highlighted, and each report's text in its own pane with its
// highlights. Clicking a row scrolls every pane to that indicator's mention.
#include "sidebyside.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace fz {

class LibrarySession;
class ReaderView;

class SideBySideModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SideBySideModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setRows(const QVector<SideBySideRow> &rows, const QStringList &reportLabels);
    const SideBySideRow *row(int r) const { return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr; }
    // Column layout: indicator, then per report its value, and for reports after the first Δ and %.
    int valueColumn(int report) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Column { int report; int kind; }; // kind 0 value, 1 delta, 2 percent
    QVector<Column> m_columns;
    QVector<SideBySideRow> m_rows;
    QStringList m_labels;
};

class SideBySideView : public QWidget
{
    Q_OBJECT
public:
    explicit SideBySideView(LibrarySession *session, QWidget *parent = nullptr);
    void setReports(const QVector<qint64> &reportIds);
    void addReport(qint64 reportId);
    QVector<qint64> reports() const { return m_reports; }
    SideBySideModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QList<ReaderView *> panes() const { return m_panes; }
    void showIndicator(int row);

public Q_SLOTS:
    void refresh();

private:
    LibrarySession *m_session;
    QVector<qint64> m_reports;
    SideBySideModel *m_model;
    QTableView *m_table;
    QSplitter *m_panesSplit;
    QList<ReaderView *> m_panes;
    QList<QWidget *> m_paneBoxes;
    QLabel *m_hint;
    QLabel *m_legend;
};

} // namespace fz
