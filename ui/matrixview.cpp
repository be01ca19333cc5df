#include "matrixview.h"
#include "chartbuilder.h"
#include "csvwriter.h"
#include "indicatorcatalogue.h"
#include "indicatorstyle.h"
#include "librarymodel.h"
#include "librarysession.h"
#include "valueformat.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSet>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace fz {

void MatrixModel::setValues(const QString &key, const QVector<ComparisonValue> &values, const QVector<int> &years)
{
    beginResetModel();
    m_key = key;
    m_years = years;
    m_regions.clear();
    m_provinces.clear();
    m_cells.clear();
    m_min = m_max = 0;
    bool first = true;
    QSet<QString> seen;
    for (const ComparisonValue &v : values) {
        if (v.key != key)
            continue;
        if (!seen.contains(v.region)) {
            seen.insert(v.region);
            m_regions << v.region;
            m_provinces << v.province;
        }
        m_cells.insert(v.region + u'\x1f' + QString::number(v.year), v);
        if (first || v.value < m_min) m_min = v.value;
        if (first || v.value > m_max) m_max = v.value;
        first = false;
    }
    endResetModel();
}

const ComparisonValue *MatrixModel::valueAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < kFixedColumns || index.row() >= m_regions.size())
        return nullptr;
    const auto it = m_cells.constFind(m_regions.at(index.row()) + u'\x1f' + QString::number(m_years.at(index.column() - kFixedColumns)));
    return it == m_cells.constEnd() ? nullptr : &*it;
}

int MatrixModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_regions.size()); }
int MatrixModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : kFixedColumns + int(m_years.size()); }

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::UserRole) return m_regions.at(index.row());
        return {};
    }
    if (index.column() == 1) {
        if (role == Qt::DisplayRole) return m_provinces.at(index.row());
        // Sorting by province keeps each province's regions in order.
        if (role == Qt::UserRole) return m_provinces.at(index.row()) + u'\x1f' + m_regions.at(index.row());
        return {};
    }
    const ComparisonValue *v = valueAt(index);
    switch (role) {
    case Qt::DisplayRole: {
        if (!v) return QString();
        const IndicatorDef *d = IndicatorCatalogue::builtin().indicator(m_key);
        const bool money = d && d->stored == QLatin1String("yuan");
        return (v->approximate ? QStringLiteral("≈") : QString()) + (money ? chineseMoney(v->value) : groupDigits(v->value));
    }
    case Qt::UserRole: // sorting: missing cells last whichever the order
        return v ? QVariant(v->value) : QVariant();
    case Qt::BackgroundRole: {
        if (!v || m_max <= m_min) return v ? QVariant(IndicatorStyle::tint(IndicatorStyle::familyColor(m_key), 0.3)) : QVariant();
        const double t = (v->value - m_min) / (m_max - m_min);
        return IndicatorStyle::tint(IndicatorStyle::familyColor(m_key), 0.12 + 0.6 * t);
    }
    case Qt::ToolTipRole:
        if (!v) return tr("No report, or no headline value");
        return ChartBuilder::describe(m_sourceOf && v->sentence.isEmpty() ? m_sourceOf(*v) : *v);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (v && v->verified) { QFont f; f.setBold(true); return f; }
        return {};
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= kFixedColumns)
        return tr("Values of %1 (click to sort)").arg(m_years.value(section - kFixedColumns));
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0) return tr("Region");
    if (section == 1) return tr("Province");
    return QString::number(m_years.value(section - kFixedColumns));
}

MatrixView::MatrixView(LibrarySession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("matrixView"));
    m_key = new QComboBox(this);
    for (const IndicatorDef &d : IndicatorCatalogue::builtin().indicators())
        m_key->addItem(IndicatorStyle::name(d.key), d.key);
    m_province = new QComboBox(this);
    m_level = new QComboBox(this);
    m_level->addItem(tr("All levels"), QString());
    for (const char *l : {"province", "city", "district", "street", "department"})
        m_level->addItem(LibraryModel::levelLabel(QString::fromLatin1(l)), QString::fromLatin1(l));
    m_from = new QSpinBox(this);
    m_to = new QSpinBox(this);
    for (QSpinBox *s : {m_from, m_to}) {
        s->setRange(0, 2100);
        s->setSpecialValueText(QStringLiteral("—"));
        s->setKeyboardTracking(false); // typing 2018 builds the matrix once, not for 2, 20 and 201
    }
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter regions"));
    m_filter->setClearButtonEnabled(true);
    auto *exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_summary = new QLabel(this);
    m_model = new MatrixModel(this);
    m_model->setSourceLookup([this](const ComparisonValue &v) {
        return m_session->isOpen() ? ComparisonData::source(m_session->database(), v) : v;
    });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("matrixTable"));
    m_view->setModel(m_proxy);
    m_view->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder); // by province, then region
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_key->setToolTip(tr("The indicator shown"));
    m_province->setToolTip(tr("Province"));
    m_level->setToolTip(tr("Administrative level"));
    m_from->setToolTip(tr("First year (— : the first with data)"));
    m_to->setToolTip(tr("Last year (— : the last with data)"));
    m_legend = new QLabel(tr("Darker: larger · <b>bold</b>: verified · ≈: approximate · empty: no report or no headline · "
                             "double-click a value to open its report at the sentence"), this);
    m_legend->setStyleSheet(QStringLiteral("color:gray"));
    m_legend->setWordWrap(false);

    setFocusProxy(m_view);
    auto *bar = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&Indicator"), this);
    keyLabel->setBuddy(m_key);
    bar->addWidget(keyLabel);
    bar->addWidget(m_key, 2);
    bar->addWidget(m_province, 1);
    bar->addWidget(m_level, 1);
    auto *yearsLabel = new QLabel(tr("&Years"), this);
    yearsLabel->setBuddy(m_from);
    bar->addSpacing(6);
    bar->addWidget(yearsLabel);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_filter, 1);
    bar->addWidget(exportCsv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary);
    bottom->addStretch();
    bottom->addWidget(m_legend, 0, Qt::AlignRight);
    layout->addLayout(bottom);

    for (QComboBox *c : {m_key, m_province, m_level})
        connect(c, &QComboBox::currentIndexChanged, this, &MatrixView::refresh);
    for (QSpinBox *s : {m_from, m_to})
        connect(s, &QSpinBox::valueChanged, this, &MatrixView::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (const ComparisonValue *v = m_model->valueAt(m_proxy->mapToSource(i)))
            Q_EMIT openReportAt(v->reportId, v->start, v->end);
    });
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export matrix"), QDir::homePath() + QStringLiteral("/matrix.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty()) return;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv()) < 0)
            QMessageBox::warning(this, tr("Export"), f.errorString());
    });
    connect(session, &LibrarySession::libraryChanged, this, [this] {
        const QString current = m_province->currentData().toString();
        m_province->blockSignals(true);
        m_province->clear();
        m_province->addItem(tr("All provinces"), QString());
        if (m_session->isOpen()) {
            QSqlQuery q(m_session->database().db());
            if (q.exec(QStringLiteral("SELECT DISTINCT province FROM reports WHERE province IS NOT NULL ORDER BY province")))
                while (q.next()) m_province->addItem(q.value(0).toString(), q.value(0).toString());
        }
        m_province->setCurrentIndex(qMax(0, m_province->findData(current)));
        m_province->blockSignals(false);
        refreshWhenShown();
    });
    connect(session, &LibrarySession::reportChanged, this, &MatrixView::refreshWhenShown);
    m_province->addItem(tr("All provinces"), QString());
}

void MatrixView::setIndicator(const QString &key)
{
    m_key->setCurrentIndex(qMax(0, m_key->findData(key)));
}

void MatrixView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MatrixView::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void MatrixView::refresh()
{
    m_stale = false;
    if (!m_session->isOpen()) {
        m_model->setValues({}, {}, {});
        return;
    }
    ComparisonQuery q;
    q.keys = {m_key->currentData().toString()};
    q.province = m_province->currentData().toString();
    q.level = m_level->currentData().toString();
    q.yearFrom = m_from->value();
    q.yearTo = m_to->value();
    q.withSources = false; // fetched per tooltip
    m_values = ComparisonData::query(m_session->database(), q);
    QVector<int> years = ComparisonData::years(m_values);
    if (q.yearFrom && q.yearTo) {
        years.clear();
        for (int y = q.yearFrom; y <= q.yearTo; ++y) years << y;
    }
    m_model->setValues(q.keys.first(), m_values, years);
    m_view->resizeColumnsToContents();
    // Room for the sort arrow and a little air around names and figures.
    const int air = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        m_view->setColumnWidth(c, m_view->columnWidth(c) + (c < MatrixModel::kFixedColumns ? 2 * air : air));
    const int cells = int(m_model->regions().size() * years.size());
    m_summary->setText(tr("%1 regions × %2 years: %3 values, %4 empty")
                           .arg(m_model->regions().size()).arg(years.size()).arg(m_values.size()).arg(cells - m_values.size()));
}

QByteArray MatrixView::csv() const
{
    CsvWriter w;
    QStringList header{tr("Region"), tr("Province")};
    for (int y : m_model->years()) header << QString::number(y);
    w.row(header);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList row;
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(r, 0));
        row << m_model->data(m_model->index(source.row(), 0), Qt::DisplayRole).toString()
            << m_model->data(m_model->index(source.row(), 1), Qt::DisplayRole).toString();
        for (int c = 0; c < m_model->years().size(); ++c) {
            const ComparisonValue *v = m_model->valueAt(m_model->index(source.row(), MatrixModel::kFixedColumns + c));
            row << (v ? QString::number(v->value, 'g', 15) : QString());
        }
        w.row(row);
    }
    return w.bytes();
}

} // namespace fz
