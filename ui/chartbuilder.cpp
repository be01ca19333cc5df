#include "chartbuilder.h"
#include "indicatorcatalogue.h"
#include "indicatorstyle.h"
#include "valueformat.h"

#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace fz {

namespace {

const QList<QColor> &palette()
{
    static const QList<QColor> colours = {QColor("#1565c0"), QColor("#c62828"), QColor("#2e7d32"), QColor("#ef6c00"),
                                          QColor("#6a1b9a"), QColor("#00838f"), QColor("#ad1457"), QColor("#4e342e"),
                                          QColor("#558b2f"), QColor("#283593"), QColor("#f9a825"), QColor("#37474f")};
    return colours;
}

bool isMoney(const QString &key)
{
    const IndicatorDef *d = IndicatorCatalogue::builtin().indicator(key);
    return d && d->stored == QLatin1String("yuan");
}

QString unitOf(const QString &key)
{
    const IndicatorDef *d = IndicatorCatalogue::builtin().indicator(key);
    return d ? d->unit : QString();
}

QString shortNumber(double v)
{
    return groupDigits(v, std::fabs(v) < 10 ? 2 : (std::fabs(v) < 1000 ? 1 : 0));
}

// Value labels drawn on the chart itself (Qt Charts' own labels cannot mark single bars), kept in
// place when the plot area changes.
class BarLabels : public QObject
{
public:
    struct Label {
        qreal x;     // category position (for grouped bars: with an offset)
        qreal y;     // value
        QString text;
        bool gap;
    };
    BarLabels(QChart *chart, QVector<Label> labels) : QObject(chart), m_chart(chart), m_labels(std::move(labels))
    {
        const qreal crowded = m_labels.size() > 16 ? 0.85 : 1.0; // many bars: smaller figures
        for (const Label &l : m_labels) {
            auto *item = new QGraphicsSimpleTextItem(l.text, chart);
            QFont f = item->font();
            f.setPointSizeF(f.pointSizeF() * (l.gap ? 0.8 : 0.85) * crowded);
            f.setItalic(l.gap);
            item->setFont(f);
            item->setBrush(l.gap ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x21, 0x21, 0x21));
            item->setZValue(20);
            m_items.append(item);
        }
        connect(chart, &QChart::plotAreaChanged, this, &BarLabels::place);
        place();
    }
    void place()
    {
        // Left to right; a label that would overlap the one before it is left out (the tooltip
        // still gives the value).
        QVector<int> order(m_items.size());
        for (int i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_labels.at(a).x < m_labels.at(b).x; });
        qreal lastRight = -1e9;
        for (int i : order) {
            const Label &l = m_labels.at(i);
            const QPointF p = m_chart->mapToPosition(QPointF(l.x, l.y), m_chart->series().first());
            const QRectF r = m_items.at(i)->boundingRect();
            const qreal x = p.x() - r.width() / 2;
            m_items.at(i)->setPos(x, p.y() - r.height() - 2);
            const bool inside = m_chart->plotArea().contains(QPointF(p.x(), p.y() - 1)) || l.gap;
            const bool room = x >= lastRight + 2;
            m_items.at(i)->setVisible(inside && room);
            if (inside && room)
                lastRight = x + r.width();
        }
    }

private:
    QChart *m_chart;
    QVector<Label> m_labels;
    QVector<QGraphicsSimpleTextItem *> m_items;
};

QValueAxis *valueAxis(QChart *chart, double maxValue, const QString &title, bool percent = false)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, maxValue <= 0 ? 1 : maxValue * 1.15);
    axis->applyNiceNumbers();
    if (percent && maxValue <= 100)
        axis->setRange(0, 100); // a share cannot pass 100 %
    axis->setLabelFormat(maxValue >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setTitleText(title);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

} // namespace

const ComparisonValue *ChartLinks::at(QObject *series, int index) const
{
    const auto s = m_links.constFind(series);
    if (s == m_links.constEnd())
        return nullptr;
    const auto v = s->constFind(index);
    return v == s->constEnd() ? nullptr : &*v;
}

QString ChartBuilder::kindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Bar: return QStringLiteral("bar");
    case ChartKind::Grouped: return QStringLiteral("grouped");
    case ChartKind::Line: return QStringLiteral("line");
    }
    return {};
}

bool ChartBuilder::parseKind(const QString &name, ChartKind *kind)
{
    for (ChartKind k : {ChartKind::Bar, ChartKind::Grouped, ChartKind::Line})
        if (kindName(k) == name) { *kind = k; return true; }
    return false;
}

QStringList ChartBuilder::largestFirst(const ComparisonIndex &index, const QStringList &regions, const QString &key, int year)
{
    // Each region's value looked up once.
    std::vector<std::pair<const ComparisonValue *, QString>> ranked;
    ranked.reserve(regions.size());
    for (const QString &r : regions)
        ranked.emplace_back(index.find(key, r, year), r);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        if (!a.first || !b.first) return a.first != nullptr && b.first == nullptr;
        return a.first->value > b.first->value;
    });
    QStringList out;
    out.reserve(regions.size());
    for (const auto &r : ranked)
        out << r.second;
    return out;
}

QString ChartBuilder::describe(const ComparisonValue &v)
{
    const IndicatorDef *d = IndicatorCatalogue::builtin().indicator(v.key);
    QString s = QStringLiteral("<b>%1 %2</b> · %3<br/>%4").arg(v.region.toHtmlEscaped()).arg(v.year)
                    .arg(IndicatorStyle::name(v.key).toHtmlEscaped(),
                         formatValue(v.value, v.unit, d ? d->stored : QString(), v.approximate).toHtmlEscaped());
    QStringList states;
    if (v.verified) states << tr("verified");
    if (v.chosenByAnalyst) states << tr("chosen by an analyst");
    if (!states.isEmpty()) s += QStringLiteral(" (") + states.join(QStringLiteral(", ")) + QLatin1Char(')');
    s += QStringLiteral("<br/><i>%1</i><br/><span style='color:gray'>%2 — %3</span>")
             .arg(v.sentence.toHtmlEscaped(), v.title.toHtmlEscaped(), tr("click to open the report"));
    return s;
}

QChart *ChartBuilder::build(const QVector<ComparisonValue> &all, const ChartSpec &spec, ChartLinks *links)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    // This indicator's values: the list itself (shared, not copied) when it holds no other.
    QVector<ComparisonValue> values;
    if (std::all_of(all.cbegin(), all.cend(), [&](const ComparisonValue &v) { return v.key == spec.key; }))
        values = all;
    else
        for (const ComparisonValue &v : all)
            if (v.key == spec.key)
                values.append(v);
    const bool money = isMoney(spec.key);
    double largest = 0;
    for (const ComparisonValue &v : values)
        largest = std::max(largest, std::fabs(v.value));
    double divisor = 1;
    QString unit = unitOf(spec.key);
    if (money)
        moneyScale(largest, &divisor, &unit);
    links->divisor = divisor;
    links->axisUnit = unit;
    links->gaps = 0;
    links->drawn = 0;
    const QString name = IndicatorStyle::name(spec.key);
    const ComparisonIndex index(values);
    QStringList regions = spec.regions.isEmpty() ? ComparisonData::regions(values) : spec.regions;
    QVector<int> years = spec.years.isEmpty() ? ComparisonData::years(values) : spec.years;
    if (years.isEmpty() && spec.year)
        years = {spec.year};
    const QString axisTitle = QStringLiteral("%1 (%2)").arg(name, unit);

    if (spec.kind == ChartKind::Bar) {
        int year = spec.year;
        if (!year)
            for (const ComparisonValue &v : values) year = std::max(year, v.year);
        // Sorted by value, largest first; regions without a value at the end, as gaps.
        QVector<QPair<QString, const ComparisonValue *>> rows;
        for (const QString &r : regions)
            rows.append({r, index.find(spec.key, r, year)});
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            if (!a.second || !b.second) return a.second != nullptr && b.second == nullptr;
            return a.second->value > b.second->value;
        });
        auto *set = new QBarSet(name);
        set->setColor(IndicatorStyle::familyColor(spec.key));
        set->setSelectedColor(IndicatorStyle::tint(IndicatorStyle::familyColor(spec.key), 0.45)); // approximate values
        QStringList categories;
        QVector<BarLabels::Label> labels;
        double maxShown = 0;
        for (int i = 0; i < rows.size(); ++i) {
            categories << rows.at(i).first;
            if (const ComparisonValue *v = rows.at(i).second) {
                const double shown = v->value / divisor;
                set->append(shown);
                if (v->approximate) set->selectBar(i);
                links->add(set, i, *v);
                labels.append({qreal(i), shown, (v->approximate ? QStringLiteral("≈") : QString()) + shortNumber(shown), false});
                maxShown = std::max(maxShown, shown);
                ++links->drawn;
            } else {
                set->append(0);
                labels.append({qreal(i), 0, rows.size() > 12 ? QStringLiteral("–") : tr("no data"), true});
                ++links->gaps;
            }
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        if (categories.size() > 10)
            x->setLabelsAngle(-90); // names stay whole, not "…"
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(valueAxis(chart, maxShown, axisTitle, unit == QLatin1String("%")));
        chart->legend()->hide();
        chart->setTitle(spec.title.isEmpty() ? tr("%1, %2").arg(name).arg(year) : spec.title);
        QObject::connect(set, &QBarSet::hovered, links, [links, set](bool status, int index) {
            if (const ComparisonValue *v = links->at(set, index)) Q_EMIT links->hovered(*v, status);
        });
        QObject::connect(set, &QBarSet::clicked, links, [links, set](int index) {
            if (const ComparisonValue *v = links->at(set, index)) Q_EMIT links->clicked(*v);
        });
        new BarLabels(chart, labels);
        return chart;
    }

    if (spec.kind == ChartKind::Grouped) {
        auto *series = new QBarSeries;
        double maxShown = 0;
        QVector<BarLabels::Label> labels;
        const bool labelled = regions.size() * years.size() <= 36;
        for (int yi = 0; yi < years.size(); ++yi) {
            auto *set = new QBarSet(QString::number(years.at(yi)));
            set->setColor(palette().at(yi % palette().size()));
            set->setSelectedColor(IndicatorStyle::tint(palette().at(yi % palette().size()), 0.45));
            for (int ri = 0; ri < regions.size(); ++ri) {
                const ComparisonValue *v = index.find(spec.key, regions.at(ri), years.at(yi));
                // Bars of a group sit side by side around the category centre.
                const qreal width = 0.8 / years.size();
                const qreal x = ri - 0.4 + width * (yi + 0.5);
                if (v) {
                    const double shown = v->value / divisor;
                    set->append(shown);
                    if (v->approximate) set->selectBar(ri);
                    links->add(set, ri, *v);
                    maxShown = std::max(maxShown, shown);
                    if (labelled) labels.append({x, shown, (v->approximate ? QStringLiteral("≈") : QString()) + shortNumber(shown), false});
                    ++links->drawn;
                } else {
                    set->append(0);
                    if (labelled) labels.append({x, 0, QStringLiteral("–"), true});
                    ++links->gaps;
                }
            }
            QObject::connect(set, &QBarSet::hovered, links, [links, set](bool status, int index) {
                if (const ComparisonValue *v = links->at(set, index)) Q_EMIT links->hovered(*v, status);
            });
            QObject::connect(set, &QBarSet::clicked, links, [links, set](int index) {
                if (const ComparisonValue *v = links->at(set, index)) Q_EMIT links->clicked(*v);
            });
            series->append(set);
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(regions);
        if (regions.size() > 10)
            x->setLabelsAngle(-90);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(valueAxis(chart, maxShown, axisTitle, unit == QLatin1String("%")));
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setTitle(spec.title.isEmpty() ? tr("%1 by region and year").arg(name) : spec.title);
        if (!labels.isEmpty())
            new BarLabels(chart, labels);
        return chart;
    }

    // Lines over years, one per region; a missing year breaks the line.
    double maxShown = 0;
    for (const ComparisonValue &v : values)
        maxShown = std::max(maxShown, v.value / divisor);
    auto *x = new QValueAxis;
    const int firstYear = years.isEmpty() ? 0 : years.first(), lastYear = years.isEmpty() ? 1 : years.last();
    x->setRange(firstYear - 0.3, lastYear + 0.3);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(firstYear);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(chart, maxShown, axisTitle, unit == QLatin1String("%"));
    for (int ri = 0; ri < regions.size(); ++ri) {
        const QColor colour = palette().at(ri % palette().size());
        QLineSeries *segment = nullptr;
        auto *points = new QScatterSeries;
        points->setName(regions.at(ri));
        points->setColor(colour);
        points->setBorderColor(colour);
        points->setMarkerSize(8);
        auto *approx = new QScatterSeries;
        approx->setColor(Qt::white);
        approx->setBorderColor(colour);
        approx->setMarkerSize(9);
        int pointIndex = 0, approxIndex = 0;
        for (int year : years) {
            const ComparisonValue *v = index.find(spec.key, regions.at(ri), year);
            if (!v) {
                segment = nullptr; // the gap breaks the line
                ++links->gaps;
                continue;
            }
            if (!segment) {
                segment = new QLineSeries;
                segment->setPen(QPen(colour, 2));
                chart->addSeries(segment);
                segment->attachAxis(x);
                segment->attachAxis(y);
            }
            const double shown = v->value / divisor;
            segment->append(year, shown);
            if (v->approximate) {
                approx->append(year, shown);
                links->add(approx, approxIndex++, *v);
            } else {
                points->append(year, shown);
                links->add(points, pointIndex++, *v);
            }
            ++links->drawn;
        }
        for (QScatterSeries *s : {points, approx}) {
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
            QObject::connect(s, &QScatterSeries::hovered, links, [links, s](const QPointF &p, bool state) {
                for (int i = 0; i < s->count(); ++i)
                    if (s->at(i) == p)
                        if (const ComparisonValue *v = links->at(s, i)) Q_EMIT links->hovered(*v, state);
            });
            QObject::connect(s, &QScatterSeries::clicked, links, [links, s](const QPointF &p) {
                for (int i = 0; i < s->count(); ++i)
                    if (s->at(i) == p)
                        if (const ComparisonValue *v = links->at(s, i)) Q_EMIT links->clicked(*v);
            });
        }
    }
    // Only the named point series belong in the legend.
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *m : markers)
        if (m->series()->name().isEmpty())
            m->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(spec.title.isEmpty() ? tr("%1 over the years").arg(name) : spec.title);
    return chart;
}

} // namespace fz
