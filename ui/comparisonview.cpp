#include "comparisonview.h"
#include "chartexport.h"
#include "indicatorcatalogue.h"
#include "indicatorstyle.h"
#include "librarymodel.h"
#include "librarysession.h"

#include <QComboBox>
#include <QCursor>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

namespace fz {

QStringList ComparisonView::overviewKeys()
{
    return {QStringLiteral("reconsideration.accepted"), QStringLiteral("penalty.cases"), QStringLiteral("penalty.amount"),
            QStringLiteral("court.appearances"), QStringLiteral("court.appearance_rate")};
}

ComparisonView::ComparisonView(LibrarySession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("comparisonView"));
    m_indicators = new QListWidget(this);
    for (const IndicatorDef &d : IndicatorCatalogue::builtin().indicators()) {
        auto *item = new QListWidgetItem(IndicatorStyle::name(d.key), m_indicators);
        item->setData(Qt::UserRole, d.key);
        item->setToolTip(d.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(d.key == QLatin1String("penalty.cases") ? Qt::Checked : Qt::Unchecked);
    }
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Bars across regions (one year)"), int(ChartKind::Bar));
    m_kind->addItem(tr("Grouped bars: regions × years"), int(ChartKind::Grouped));
    m_kind->addItem(tr("Lines over the years"), int(ChartKind::Line));
    m_kind->addItem(tr("Overview: reconsideration, penalties, court"), -1);
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("All regions"), QStringLiteral("all"));
    m_scope->addItem(tr("A province"), QStringLiteral("province"));
    m_scope->addItem(tr("A city"), QStringLiteral("city"));
    m_scope->addItem(tr("A level"), QStringLiteral("level"));
    m_scope->addItem(tr("Regions I choose"), QStringLiteral("chosen"));
    m_scopeValue = new QComboBox(this);
    m_regionFilter = new QLineEdit(this);
    m_regionFilter->setPlaceholderText(tr("Filter regions"));
    m_regionFilter->setClearButtonEnabled(true);
    m_regions = new QListWidget(this);
    m_yearFrom = new QSpinBox(this);
    m_yearTo = new QSpinBox(this);
    m_barYear = new QSpinBox(this);
    for (QSpinBox *s : {m_yearFrom, m_yearTo, m_barYear}) {
        s->setRange(0, 2100);
        s->setSpecialValueText(QStringLiteral("—"));
    }
    m_barYear->setToolTip(tr("The year of the bar chart (— : the latest with data)"));
    auto *png = new QPushButton(tr("PNG…"), this);
    auto *svg = new QPushButton(tr("SVG…"), this);
    auto *csv = new QPushButton(tr("CSV…"), this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *controls = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Chart"), m_kind);
    form->addRow(tr("Regions"), m_scope);
    form->addRow(QString(), m_scopeValue);
    auto *years = new QHBoxLayout;
    years->addWidget(m_yearFrom);
    years->addWidget(new QLabel(QStringLiteral("–"), this));
    years->addWidget(m_yearTo);
    form->addRow(tr("Years"), years);
    form->addRow(tr("Bar year"), m_barYear);
    auto *exports = new QHBoxLayout;
    exports->addWidget(new QLabel(tr("Export"), this));
    exports->addWidget(png);
    exports->addWidget(svg);
    exports->addWidget(csv);
    auto *left = new QVBoxLayout(controls);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(new QLabel(tr("Indicators"), this));
    left->addWidget(m_indicators, 2);
    left->addLayout(form);
    left->addWidget(m_regionFilter);
    left->addWidget(m_regions, 2);
    left->addLayout(exports);
    left->addWidget(m_summary);
    controls->setMaximumWidth(340);

    m_chartArea = new QWidget(this);
    m_grid = new QGridLayout(m_chartArea);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(m_chartArea, 1);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &ComparisonView::refresh);
    connect(m_indicators, &QListWidget::itemChanged, this, &ComparisonView::scheduleRefresh);
    connect(m_regions, &QListWidget::itemChanged, this, &ComparisonView::scheduleRefresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComparisonView::scheduleRefresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        reloadChoices();
        scheduleRefresh();
    });
    connect(m_scopeValue, &QComboBox::currentIndexChanged, this, &ComparisonView::scheduleRefresh);
    for (QSpinBox *s : {m_yearFrom, m_yearTo, m_barYear})
        connect(s, &QSpinBox::valueChanged, this, &ComparisonView::scheduleRefresh);
    connect(m_regionFilter, &QLineEdit::textChanged, this, [this](const QString &t) {
        for (int i = 0; i < m_regions->count(); ++i)
            m_regions->item(i)->setHidden(!t.isEmpty() && !m_regions->item(i)->text().contains(t));
    });
    connect(png, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("png")); });
    connect(svg, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("svg")); });
    connect(csv, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("csv")); });
    connect(session, &LibrarySession::libraryChanged, this, [this] {
        reloadChoices();
        scheduleRefresh();
    });
    connect(session, &LibrarySession::reportChanged, this, &ComparisonView::scheduleRefresh);
    reloadChoices();
}

void ComparisonView::scheduleRefresh()
{
    if (!m_building)
        m_delay->start();
}

void ComparisonView::reloadChoices()
{
    m_building = true;
    const QString scope = m_scope->currentData().toString();
    const QString current = m_scopeValue->currentData().toString();
    m_scopeValue->clear();
    m_scopeValue->setVisible(scope == QLatin1String("province") || scope == QLatin1String("city") || scope == QLatin1String("level"));
    m_regions->setEnabled(scope == QLatin1String("chosen"));
    m_regionFilter->setEnabled(scope == QLatin1String("chosen"));
    if (m_session->isOpen()) {
        QSqlQuery q(m_session->database().db());
        if (scope == QLatin1String("province") || scope == QLatin1String("city")) {
            if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM reports WHERE %1 IS NOT NULL ORDER BY %1").arg(scope)))
                while (q.next()) m_scopeValue->addItem(q.value(0).toString(), q.value(0).toString());
        } else if (scope == QLatin1String("level")) {
            for (const char *l : {"province", "city", "district", "street", "department"})
                m_scopeValue->addItem(LibraryModel::levelLabel(QString::fromLatin1(l)), QString::fromLatin1(l));
        }
        QSet<QString> checked;
        for (int i = 0; i < m_regions->count(); ++i)
            if (m_regions->item(i)->checkState() == Qt::Checked) checked.insert(m_regions->item(i)->text());
        m_regions->clear();
        if (q.exec(QStringLiteral("SELECT DISTINCT region FROM reports WHERE region IS NOT NULL ORDER BY province, region")))
            while (q.next()) {
                auto *item = new QListWidgetItem(q.value(0).toString(), m_regions);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(checked.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
            }
        if (q.exec(QStringLiteral("SELECT min(year), max(year) FROM reports WHERE year IS NOT NULL")) && q.next() &&
            m_yearFrom->value() == 0 && m_yearTo->value() == 0) {
            m_yearFrom->setValue(q.value(0).toInt());
            m_yearTo->setValue(q.value(1).toInt());
        }
    }
    const int i = m_scopeValue->findData(current);
    if (i >= 0) m_scopeValue->setCurrentIndex(i);
    m_building = false;
}

void ComparisonView::setIndicators(const QStringList &keys)
{
    m_building = true;
    for (int i = 0; i < m_indicators->count(); ++i)
        m_indicators->item(i)->setCheckState(keys.contains(m_indicators->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_building = false;
}

QStringList ComparisonView::indicators() const
{
    if (m_kind->currentData().toInt() < 0)
        return overviewKeys();
    QStringList keys;
    for (int i = 0; i < m_indicators->count(); ++i)
        if (m_indicators->item(i)->checkState() == Qt::Checked)
            keys << m_indicators->item(i)->data(Qt::UserRole).toString();
    return keys;
}

void ComparisonView::setKind(ChartKind kind)
{
    m_building = true;
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_building = false;
}

void ComparisonView::setOverview(bool overview)
{
    m_building = true;
    m_kind->setCurrentIndex(overview ? m_kind->findData(-1) : 0);
    m_building = false;
}

void ComparisonView::setRegionFilter(const QString &province, const QString &city, const QString &level)
{
    m_building = true;
    const QString scope = !province.isEmpty() ? QStringLiteral("province") : !city.isEmpty() ? QStringLiteral("city")
                        : !level.isEmpty() ? QStringLiteral("level") : QStringLiteral("all");
    m_scope->setCurrentIndex(m_scope->findData(scope));
    m_building = false;
    reloadChoices();
    m_building = true;
    const QString value = !province.isEmpty() ? province : !city.isEmpty() ? city : level;
    const int i = m_scopeValue->findData(value);
    if (i >= 0) m_scopeValue->setCurrentIndex(i);
    m_building = false;
}

void ComparisonView::setRegions(const QStringList &regions)
{
    m_building = true;
    m_scope->setCurrentIndex(m_scope->findData(QStringLiteral("chosen")));
    m_building = false;
    reloadChoices();
    m_building = true;
    for (int i = 0; i < m_regions->count(); ++i)
        m_regions->item(i)->setCheckState(regions.contains(m_regions->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    m_building = false;
}

void ComparisonView::setYears(int from, int to, int barYear)
{
    m_building = true;
    m_yearFrom->setValue(from);
    m_yearTo->setValue(to);
    m_barYear->setValue(barYear);
    m_building = false;
}

ComparisonQuery ComparisonView::query() const
{
    ComparisonQuery q;
    q.keys = indicators();
    const QString scope = m_scope->currentData().toString();
    if (scope == QLatin1String("province")) q.province = m_scopeValue->currentData().toString();
    if (scope == QLatin1String("city")) q.city = m_scopeValue->currentData().toString();
    if (scope == QLatin1String("level")) q.level = m_scopeValue->currentData().toString();
    if (scope == QLatin1String("chosen"))
        for (int i = 0; i < m_regions->count(); ++i)
            if (m_regions->item(i)->checkState() == Qt::Checked) q.regions << m_regions->item(i)->text();
    q.yearFrom = m_yearFrom->value();
    q.yearTo = m_yearTo->value();
    return q;
}

QList<QChart *> ComparisonView::charts() const
{
    QList<QChart *> out;
    for (QChartView *v : m_views)
        out << v->chart();
    return out;
}

void ComparisonView::refresh()
{
    for (QChartView *v : m_views) {
        m_grid->removeWidget(v);
        delete v;
    }
    m_views.clear();
    qDeleteAll(m_links);
    m_links.clear();
    m_values.clear();
    const ComparisonQuery q = query();
    if (!m_session->isOpen() || q.keys.isEmpty() || (m_scope->currentData().toString() == QLatin1String("chosen") && q.regions.isEmpty())) {
        m_summary->setText(q.keys.isEmpty() ? tr("Choose at least one indicator.") : tr("Choose the regions to compare."));
        return;
    }
    QString error;
    m_values = ComparisonData::query(m_session->database(), q, &error);
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    QVector<int> years;
    for (int y = q.yearFrom; y && y <= q.yearTo; ++y) years << y;
    if (years.isEmpty()) years = ComparisonData::years(m_values);
    const QStringList regions = q.regions.isEmpty() ? ComparisonData::regions(m_values) : q.regions;
    const int kindData = m_kind->currentData().toInt();
    const ChartKind kind = kindData < 0 ? ChartKind::Bar : ChartKind(kindData);
    int drawn = 0, gaps = 0;
    const int columns = q.keys.size() > 1 ? 2 : 1;
    for (int i = 0; i < q.keys.size(); ++i) {
        ChartSpec spec;
        spec.key = q.keys.at(i);
        spec.kind = kind;
        spec.year = m_barYear->value();
        spec.regions = regions;
        spec.years = years;
        auto *links = new ChartLinks(this);
        QChart *chart = ChartBuilder::build(m_values, spec, links);
        auto *view = new QChartView(chart, m_chartArea);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMouseTracking(true);
        m_grid->addWidget(view, i / columns, i % columns);
        m_views << view;
        m_links << links;
        drawn += links->drawn;
        gaps += links->gaps;
        connect(links, &ChartLinks::hovered, this, [view](const ComparisonValue &v, bool entered) {
            if (entered)
                QToolTip::showText(QCursor::pos(), ChartBuilder::describe(v), view);
            else
                QToolTip::hideText();
        });
        connect(links, &ChartLinks::clicked, this, [this](const ComparisonValue &v) {
            Q_EMIT openReportAt(v.reportId, v.start, v.end);
        });
    }
    m_summary->setText(tr("%n value(s) from headlines", nullptr, drawn) +
                       (gaps ? QStringLiteral("; ") + tr("%n gap(s): no report or no headline", nullptr, gaps) : QString()));
}

QByteArray ComparisonView::csv() const
{
    return ComparisonData::toCsv(m_values, indicators(), IndicatorStyle::language());
}

bool ComparisonView::exportPng(const QString &path, QSize size, qreal dpi, QString *error)
{
    return exportChartsPng(charts(), path, size, dpi, error);
}

bool ComparisonView::exportSvg(const QString &path, QSize size, QString *error)
{
    const QList<QChart *> list = charts();
    if (list.isEmpty()) {
        if (error) *error = tr("Nothing to export.");
        return false;
    }
    return exportChartSvg(list.first(), path, size, error);
}

void ComparisonView::exportDialog(const QString &format)
{
    const QString filter = format == QLatin1String("csv") ? tr("CSV (*.csv)") : format == QLatin1String("svg") ? tr("SVG (*.svg)") : tr("PNG (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir::homePath() + QStringLiteral("/chart.") + format, filter);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (format == QLatin1String("csv")) {
        QFile f(path);
        ok = f.open(QIODevice::WriteOnly) && f.write(csv()) > 0;
        if (!ok) error = f.errorString();
    } else {
        bool okW = false, okH = false, okD = true;
        const QString sizeText = QInputDialog::getText(this, tr("Export"), tr("Size in pixels (width×height)"), QLineEdit::Normal,
                                                       QStringLiteral("1600×900"), &okW);
        if (!okW) return;
        const QStringList parts = sizeText.split(QRegularExpression(QStringLiteral("[x×*, ]+")), Qt::SkipEmptyParts);
        const QSize size(parts.value(0).toInt(&okW), parts.value(1).toInt(&okH));
        qreal dpi = 96;
        if (format == QLatin1String("png"))
            dpi = QInputDialog::getInt(this, tr("Export"), tr("Resolution (dpi)"), 144, 24, 1200, 24, &okD);
        if (!okW || !okH || !okD) {
            if (okD) QMessageBox::warning(this, tr("Export"), tr("The size must be written as width×height, e.g. 1600×900."));
            return;
        }
        ok = format == QLatin1String("svg") ? exportSvg(path, size, &error) : exportPng(path, size, dpi, &error);
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace fz
