#include "sidebysideview.h"
#include "indicatorcatalogue.h"
#include "indicatorstyle.h"
#include "librarysession.h"
#include "readerview.h"
#include "valueformat.h"

#include <QFont>
#include <QHBoxLayout>
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
        if (role == Qt::DecorationRole) return IndicatorStyle::swatch(IndicatorStyle::familyColor(row.key));
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
    m_table->setObjectName(QStringLiteral("sideBySideTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_hint = new QLabel(tr("Select 2 to 4 reports in the library (Ctrl+click or Shift+click) and press Ctrl+Shift+C "
                           "(View → Compare selected reports side by side). With one report open, Ctrl+Shift+C adds it here."),
                        this);
    m_hint->setWordWrap(true);
    m_legend = new QLabel(tr("Δ and %: change from the first report (green up, red down, bold from ±20 %) · "
                             "*: not a headline, the report's first mention · click a row to show it in every text"),
                          this);
    m_legend->setStyleSheet(QStringLiteral("color:gray"));
    m_legend->setWordWrap(true);
    m_legend->setVisible(false);
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setToolTip(tr("Remove every report from the comparison"));
    m_panesSplit = new QSplitter(Qt::Horizontal, this);
    m_panesSplit->setChildrenCollapsible(false);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_hint);
    topLayout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(clear, 0, Qt::AlignRight | Qt::AlignVCenter);
    topLayout->addLayout(bottom);
    vertical->addWidget(top);
    vertical->addWidget(m_panesSplit);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(vertical);
    setFocusProxy(m_table);
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
    qDeleteAll(m_paneBoxes);
    m_paneBoxes.clear();
    m_panes.clear();
    if (!m_session->isOpen() || m_reports.isEmpty()) {
        m_model->setRows({}, {});
        m_hint->setVisible(true);
        m_legend->setVisible(false);
        return;
    }
    m_hint->setVisible(m_reports.size() < 2);
    m_legend->setVisible(true);
    QStringList labels;
    for (qint64 id : m_reports) {
        const std::optional<ReportRecord> r = m_session->store().report(id);
        if (!r) continue;
        const QString label = QStringLiteral("%1 %2").arg(r->summary.region.isEmpty() ? tr("(region unknown)") : r->summary.region,
                                                          r->summary.year ? QString::number(r->summary.year) : QStringLiteral("?"));
        labels << label;
        // Each text under a heading that names it as the table's columns do.
        auto *box = new QWidget(m_panesSplit);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        auto *heading = new QLabel(QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
                                       .arg(label.toHtmlEscaped(), r->summary.title.toHtmlEscaped()),
                                   box);
        heading->setToolTip(r->summary.title);
        heading->setTextFormat(Qt::RichText);
        heading->setMinimumWidth(1); // long titles are cut, not widening the pane
        auto *pane = new ReaderView(box);
        pane->showReport(*r, m_session->store().mentions(id), m_session->edits().annotations(id));
        boxLayout->addWidget(heading);
        boxLayout->addWidget(pane, 1);
        m_panesSplit->addWidget(box);
        m_paneBoxes << box;
        m_panes << pane;
    }
    m_model->setRows(compareReports(m_session->store(), m_reports), labels);
    m_table->resizeColumnsToContents();
    // The panes share the width equally.
    QList<int> sizes;
    for (int i = 0; i < m_paneBoxes.size(); ++i) sizes << 1000;
    m_panesSplit->setSizes(sizes);
}

void SideBySideView::showIndicator(int row)
{
    const SideBySideRow *r = m_model->row(row);
    if (!r)
        return;
    for (int i = 0; i < m_panes.size() && i < r->cells.size(); ++i) {
        ReaderView *pane = m_panes.at(i);
        if (r->cells.at(i).mentionId) {
            pane->goToMention(r->cells.at(i).mentionId);
        } else {
            // Not in this report: nothing stays marked from the row before.
            QTextCursor c = pane->textCursor();
            c.clearSelection();
            pane->setTextCursor(c);
            pane->goToMention(0);
        }
    }
}

} // namespace fz
