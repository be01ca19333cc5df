#include "sidebysideview.h"
#include "indicatorcatalogue.h"
#include "indicatorstyle.h"
#include "librarysession.h"
#include "readerview.h"
#include "valueformat.h"

#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace fz {

void SideBySideModel::setRows(const QVector<SideBySideRow> &rows, const QStringList &labels)
{
    beginResetModel();
    m_rows = rows;
    m_labels = labels;
    m_columns.clear();
    for (int r = 0; r < labels.size(); ++r) {
        m_columns.append({r, 0});
        if (r > 0) {
            m_columns.append({r, 1});
            m_columns.append({r, 2});
        }
    }
    endResetModel();
}

int SideBySideModel::valueColumn(int report) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).report == report && m_columns.at(i).kind == 0) return i + 1;
    return -1;
}

int SideBySideModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int SideBySideModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 1 + int(m_columns.size()); }

QVariant SideBySideModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const SideBySideRow &row = m_rows.at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole) return IndicatorStyle::name(row.key);
        if (role == Qt::ToolTipRole) return row.key;
        if (role == Qt::DecorationRole) return IndicatorStyle::familyColor(row.key);
        return {};
    }
    const Column col = m_columns.at(index.column() - 1);
    const SideBySideCell &cell = row.cells.at(col.report);
    const IndicatorDef *d = IndicatorCatalogue::builtin().indicator(row.key);
    const bool money = d && d->stored == QLatin1String("yuan");
    auto fmt = [&](double v) { return money ? chineseMoney(v) : groupDigits(v) + (row.unit == QLatin1String("%") ? QStringLiteral("%") : QString()); };
    if (role == Qt::DisplayRole) {
        if (col.kind == 0)
            return cell.value ? (cell.approximate ? QStringLiteral("≈") : QString()) + fmt(*cell.value) + (cell.headline ? QString() : QStringLiteral(" *"))
                              : QStringLiteral("—");
        if (col.kind == 1)
            return cell.delta ? (*cell.delta > 0 ? QStringLiteral("+") : QString()) + fmt(*cell.delta) : QString();
        return cell.percent ? QStringLiteral("%1%2%").arg(*cell.percent > 0 ? QStringLiteral("+") : QString()).arg(*cell.percent, 0, 'f', 1) : QString();
    }
    if (role == Qt::ToolTipRole && col.kind == 0 && cell.value && !cell.headline)
        return tr("No headline in this report; its first mention is shown.");
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if ((role == Qt::BackgroundRole || role == Qt::FontRole) && col.kind > 0 && cell.delta && *cell.delta != 0) {
        // Large changes stand out: coloured by direction, bold from ±20 %.
        const bool big = cell.percent && std::fabs(*cell.percent) >= 20;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(big);
            return f;
        }
        const QColor c = *cell.delta > 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
        return IndicatorStyle::tint(c, big ? 0.35 : 0.15);
    }
    return {};
}

QVariant SideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Indicator");
    const Column col = m_columns.at(section - 1);
    if (col.kind == 0)
        return m_labels.at(col.report);
    return col.kind == 1 ? tr("Δ vs %1").arg(m_labels.first()) : QStringLiteral("%");
}

SideBySideView::SideBySideView(LibrarySession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("sideBySideView"));
    m_model = new SideBySideModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hint = new QLabel(tr("Select 2 to 4 reports in the library and choose “Compare side by side” (Ctrl+Shift+C), "
                           "or add the report open in the reader."), this);
    m_hint->setWordWrap(true);
    auto *clear = new QPushButton(tr("Clear"), this);
    m_panesSplit = new QSplitter(Qt::Horizontal, this);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_hint);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(clear, 0, Qt::AlignLeft);
    vertical->addWidget(top);
    vertical->addWidget(m_panesSplit);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(vertical);
    connect(clear, &QPushButton::clicked, this, [this] { setReports({}); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) { showIndicator(i.row()); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &i) { showIndicator(i.row()); });
    connect(session, &LibrarySession::reportChanged, this, [this](qint64 id) {
        if (m_reports.contains(id)) refresh();
    });
    connect(session, &LibrarySession::closed, this, [this] { setReports({}); });
}

void SideBySideView::setReports(const QVector<qint64> &ids)
{
    m_reports = ids.mid(0, 4);
    refresh();
}

void SideBySideView::addReport(qint64 id)
{
    if (!id || m_reports.contains(id))
        return;
    if (m_reports.size() >= 4)
        m_reports.removeFirst();
    m_reports.append(id);
    refresh();
}

void SideBySideView::refresh()
{
    qDeleteAll(m_panes);
    m_panes.clear();
    if (!m_session->isOpen() || m_reports.isEmpty()) {
        m_model->setRows({}, {});
        m_hint->setVisible(true);
        return;
    }
    m_hint->setVisible(m_reports.size() < 2);
    QStringList labels;
    for (qint64 id : m_reports) {
        const std::optional<ReportRecord> r = m_session->store().report(id);
        if (!r) continue;
        labels << QStringLiteral("%1 %2").arg(r->summary.region).arg(r->summary.year ? QString::number(r->summary.year) : QStringLiteral("?"));
        auto *pane = new ReaderView(m_panesSplit);
        pane->showReport(*r, m_session->store().mentions(id), m_session->edits().annotations(id));
        m_panesSplit->addWidget(pane);
        m_panes << pane;
    }
    m_model->setRows(compareReports(m_session->store(), m_reports), labels);
    m_table->resizeColumnsToContents();
}

void SideBySideView::showIndicator(int row)
{
    const SideBySideRow *r = m_model->row(row);
    if (!r)
        return;
    for (int i = 0; i < m_panes.size() && i < r->cells.size(); ++i)
        if (r->cells.at(i).mentionId)
            m_panes.at(i)->goToMention(r->cells.at(i).mentionId);
}

} // namespace fz
