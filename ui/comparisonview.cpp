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
#include <QMap>
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
    m_indicators->setObjectName(QStringLiteral("compareIndicators"));
    m_indicators->setUniformItemSizes(true);
    for (const IndicatorDef &d : IndicatorCatalogue::builtin().indicators()) {
        auto *item = new QListWidgetItem(IndicatorStyle::name(d.key), m_indicators);
        item->setData(Qt::UserRole, d.key);
        item->setIcon(IndicatorStyle::swatch(IndicatorStyle::familyColor(d.key)));
        item->setToolTip(QStringLiteral("%1\n%2 · %3").arg(IndicatorStyle::name(d.key), IndicatorStyle::familyName(d.key), d.key));
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
    // Long choices are cut in the closed box (the list shows them whole) so that labels keep their room.
    for (QComboBox *c : {m_kind, m_scope, m_scopeValue}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }
    m_regionFilter = new QLineEdit(this);
    m_regionFilter->setPlaceholderText(tr("Filter regions"));
    m_regionFilter->setClearButtonEnabled(true);
    m_regions = new QListWidget(this);
    m_regions->setUniformItemSizes(true);
    m_yearFrom = new QSpinBox(this);
    m_yearTo = new QSpinBox(this);
    m_barYear = new QSpinBox(this);
    const int yearWidth = fontMetrics().horizontalAdvance(QStringLiteral("20240")) + 36;
    for (QSpinBox *s : {m_yearFrom, m_yearTo, m_barYear}) {
        s->setRange(0, 2100);
        s->setSpecialValueText(QStringLiteral("—"));
        s->setKeyboardTracking(false); // typing 2018 draws once, not for 2, 20 and 201
        s->setMinimumWidth(yearWidth);
        s->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    m_yearFrom->setToolTip(tr("First year"));
    m_yearTo->setToolTip(tr("Last year"));
    m_barYear->setToolTip(tr("The year of the bar chart (— : the year with the most values)"));
    auto *png = new QPushButton(tr("PNG…"), this);
    auto *svg = new QPushButton(tr("SVG…"), this);
    auto *csv = new QPushButton(tr("CSV…"), this);
    png->setToolTip(tr("Save the chart as a PNG image"));
    svg->setToolTip(tr("Save the chart as an SVG drawing"));
    csv->setToolTip(tr("Save the values drawn, with their sources, as CSV"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for the longest summary, so that the controls above do not move as it changes.
    m_summary->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    // The controls, top to bottom in the order one decides: what chart, which indicators, which
    // regions and years; the list of regions only when choosing them one by one.
    auto *controls = new QWidget(this);
    auto *top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addRow(tr("&Chart"), m_kind);
    auto *indicatorsLabel = new QLabel(tr("&Indicators"), this);
    indicatorsLabel->setBuddy(m_indicators);
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Regions"), m_scope);
    m_form->addRow(QString(), m_scopeValue);
    auto *years = new QHBoxLayout;
    years->addWidget(m_yearFrom);
    years->addWidget(new QLabel(QStringLiteral("–"), this));
    years->addWidget(m_yearTo);
    years->addStretch();
    auto *yearsLabel = new QLabel(tr("&Years"), this);
    yearsLabel->setBuddy(m_yearFrom);
    m_form->addRow(yearsLabel, years);
    m_form->addRow(tr("&Bar year"), m_barYear);
    auto *exports = new QHBoxLayout;
    exports->setSpacing(4);
    exports->addWidget(new QLabel(tr("Export"), this));
    exports->addWidget(png);
    exports->addWidget(svg);
    exports->addWidget(csv);
    exports->addStretch();
    auto *left = new QVBoxLayout(controls);
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(top);
    left->addSpacing(4);
    left->addWidget(indicatorsLabel);
    left->addWidget(m_indicators, 3);
    left->addLayout(m_form);
    left->addWidget(m_regionFilter);
    left->addWidget(m_regions, 2);
    left->addSpacing(4);
    left->addLayout(exports);
    left->addWidget(m_summary);
    controls->setFixedWidth(qMax(300, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24));

    m_chartArea = new QWidget(this);
    m_grid = new QGridLayout(m_chartArea);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(m_chartArea, 1);
    setFocusProxy(m_indicators);
    setTabOrder(m_kind, m_indicators);
    setTabOrder(m_indicators, m_scope);
    setTabOrder(m_scope, m_scopeValue);
    setTabOrder(m_scopeValue, m_yearFrom);
    setTabOrder(m_yearFrom, m_yearTo);
    setTabOrder(m_yearTo, m_barYear);
    setTabOrder(m_barYear, m_regionFilter);
    setTabOrder(m_regionFilter, m_regions);
    setTabOrder(m_regions, png);
    setTabOrder(png, svg);
    setTabOrder(svg, csv);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &ComparisonView::refresh);
    connect(m_indicators, &QListWidget::itemChanged, this, &ComparisonView::scheduleRefresh);
    connect(m_regions, &QListWidget::itemChanged, this, &ComparisonView::scheduleRefresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        scheduleRefresh();
    });
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
        // Listing every region of 100,000 reports waits until the tab is looked at.
        if (!isVisible()) {
            m_choicesStale = m_stale = true;
            return;
        }
        reloadChoices();
        scheduleRefresh();
    });
    connect(session, &LibrarySession::reportChanged, this, &ComparisonView::scheduleRefresh);
    updateControls();
}

void ComparisonView::updateControls()
{
    // Only what the chosen chart uses is shown or enabled.
    const int kind = m_kind->currentData().toInt();
    const bool overview = kind < 0;
    m_form->setRowVisible(m_barYear, overview || kind == int(ChartKind::Bar));
    m_indicators->setEnabled(!overview);
    m_indicators->setToolTip(overview ? tr("The overview always shows the same five indicators.") : QString());
    const QString scope = m_scope->currentData().toString();
    const bool chosen = scope == QLatin1String("chosen");
    m_form->setRowVisible(m_scopeValue, scope == QLatin1String("province") || scope == QLatin1String("city") || scope == QLatin1String("level"));
    m_regionFilter->setVisible(chosen);
    m_regions->setVisible(chosen);
}

void ComparisonView::scheduleRefresh()
{
    if (m_building)
        return;
    if (!isVisible()) {
        m_stale = true; // drawn when the tab is next shown
        return;
    }
    m_delay->start();
}

void ComparisonView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_choicesStale)
        reloadChoices();
    if (m_stale) {
        m_stale = false;
        m_delay->start();
    }
}

void ComparisonView::reloadChoices()
{
    m_choicesStale = false;
    m_building = true;
    const QString scope = m_scope->currentData().toString();
    const QString current = m_scopeValue->currentData().toString();
    m_scopeValue->clear();
    updateControls();
    if (m_session->isOpen()) {
        QSqlQuery q(m_session->database().db());
        if (scope == QLatin1String("province") || scope == QLatin1String("city")) {
            if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM reports WHERE %1 IS NOT NULL ORDER BY %1").arg(scope)))
                while (q.next()) m_scopeValue->addItem(q.value(0).toString(), q.value(0).toString());
        } else if (scope == QLatin1String("level")) {
            for (const char *l : {"province", "city", "district", "street", "department"})
                m_scopeValue->addItem(LibraryModel::levelLabel(QString::fromLatin1(l)), QString::fromLatin1(l));
        }
        // The list to tick regions in is filled when it is shown: a national library has
        // thousands of names.
        m_regionsStale = true;
        if (scope == QLatin1String("chosen"))
            reloadRegions();
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

void ComparisonView::reloadRegions()
{
    m_regionsStale = false;
    QSet<QString> checked;
    for (int i = 0; i < m_regions->count(); ++i)
        if (m_regions->item(i)->checkState() == Qt::Checked) checked.insert(m_regions->item(i)->text());
    m_regions->clear();
    if (!m_session->isOpen())
        return;
    const bool building = m_building;
    m_building = true;
    QSqlQuery q(m_session->database().db());
    q.setForwardOnly(true);
    // One entry per name, grouped by province (portable: no ORDER BY outside a DISTINCT list);
    // SQLite reads the narrow reports_chart index instead of every row.
    if (q.exec(QStringLiteral("SELECT region, min(province) AS p FROM reports%1 WHERE region IS NOT NULL "
                              "GROUP BY region ORDER BY p, region")
                   .arg(m_session->database().isPostgres() ? QString() : QStringLiteral(" INDEXED BY reports_chart")))) {
        m_regions->setUpdatesEnabled(false);
        while (q.next()) {
            auto *item = new QListWidgetItem(q.value(0).toString(), m_regions);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
        m_regions->setUpdatesEnabled(true);
    }
    m_building = building;
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
    m_stale = false;
    if (m_choicesStale)
        reloadChoices();
    for (QChartView *v : m_views) {
        m_grid->removeWidget(v);
        delete v;
    }
    m_views.clear();
    qDeleteAll(m_links);
    m_links.clear();
    m_values.clear();
    const ComparisonQuery q = query();
    const bool chosen = m_scope->currentData().toString() == QLatin1String("chosen");
    if (!m_session->isOpen() || q.keys.isEmpty() || (chosen && q.regions.isEmpty())) {
        m_summary->setText(!m_session->isOpen() ? tr("No library open.")
                           : q.keys.isEmpty()   ? tr("Choose at least one indicator.")
                                                : tr("Tick the regions to compare in the list of regions."));
        return;
    }
    QString error;
    ComparisonQuery withoutSources = q;
    withoutSources.withSources = false; // a value's sentence is fetched when hovered or exported
    m_values = ComparisonData::query(m_session->database(), withoutSources, &error);
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
    const ComparisonIndex index(m_values);
    // Charts of a whole country draw the largest regions only; the table (CSV) keeps them all.
    constexpr int kMaxBars = ChartBuilder::kMaxBars, kMaxLines = ChartBuilder::kMaxLines;
    int drawn = 0, gaps = 0, left = 0, trimmedFrom = 0, trimmedTo = 0;
    auto largestFirst = [&index](const QStringList &regionList, const QString &key, int year) {
        return ChartBuilder::largestFirst(index, regionList, key, year);
    };
    QList<int> barYears;
    const int columns = q.keys.size() > 1 ? 2 : 1;
    for (int i = 0; i < q.keys.size(); ++i) {
        ChartSpec spec;
        spec.key = q.keys.at(i);
        spec.kind = kind;
        spec.year = m_barYear->value();
        spec.regions = regions;
        spec.years = years;
        if (kind == ChartKind::Bar) {
            // One year: by default the one most regions report; regions asked for one by one stay
            // as gaps, the others without a value that year are left out (and counted).
            QMap<int, int> perYear;
            for (const ComparisonValue &v : std::as_const(m_values))
                if (v.key == spec.key) ++perYear[v.year];
            if (!spec.year)
                for (auto it = perYear.constBegin(); it != perYear.constEnd(); ++it)
                    if (it.value() >= perYear.value(spec.year)) spec.year = it.key();
            if (!chosen) {
                QStringList present;
                for (const QString &r : regions)
                    if (index.find(spec.key, r, spec.year)) present << r;
                left += int(regions.size() - present.size());
                if (present.size() > kMaxBars) {
                    trimmedFrom = std::max(trimmedFrom, int(present.size()));
                    trimmedTo = kMaxBars;
                    present = largestFirst(present, spec.key, spec.year).mid(0, kMaxBars);
                }
                spec.regions = present;
            }
            if (spec.year && !barYears.contains(spec.year)) barYears << spec.year;
        } else if (!chosen && regions.size() > kMaxLines) {
            // The regions largest in the latest year that has values.
            int latest = 0;
            for (const ComparisonValue &v : std::as_const(m_values))
                if (v.key == spec.key) latest = std::max(latest, v.year);
            trimmedFrom = std::max(trimmedFrom, int(regions.size()));
            trimmedTo = kMaxLines;
            spec.regions = largestFirst(regions, spec.key, latest).mid(0, kMaxLines);
        }
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
        connect(links, &ChartLinks::hovered, this, [this, view](const ComparisonValue &v, bool entered) {
            if (entered && m_session->isOpen())
                QToolTip::showText(QCursor::pos(), ChartBuilder::describe(ComparisonData::source(m_session->database(), v)), view);
            else
                QToolTip::hideText();
        });
        connect(links, &ChartLinks::clicked, this, [this](const ComparisonValue &v) {
            Q_EMIT openReportAt(v.reportId, v.start, v.end);
        });
    }
    QStringList parts{tr("%n value(s) from headlines", nullptr, drawn)};
    if (gaps)
        parts << tr("%n gap(s): no report or no headline", nullptr, gaps);
    if (trimmedFrom)
        parts << tr("the %1 largest of %n regions drawn (the CSV export has them all); choose a province, a city or the "
                    "regions themselves to see others", nullptr, trimmedFrom).arg(trimmedTo);
    if (left) {
        QStringList yearTexts;
        for (int y : barYears) yearTexts << QString::number(y);
        parts << tr("%n region(s) without a value in %1 left out", nullptr, left).arg(yearTexts.join(QStringLiteral(", ")));
    }
    m_summary->setText(tr("%1.", "ends the summary under the chart").arg(parts.join(tr("; ", "separates the parts of the summary"))).toHtmlEscaped() +
                       QStringLiteral("<br/><span style='color:gray'>%1</span>")
                                                                          .arg(tr("Hover over a bar or point for its source; click it to open the report at the sentence.").toHtmlEscaped()));
}

QByteArray ComparisonView::csv() const
{
    QVector<ComparisonValue> values = m_values;
    if (m_session->isOpen())
        ComparisonData::addSources(m_session->database(), values);
    return ComparisonData::toCsv(values, indicators(), IndicatorStyle::language());
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
