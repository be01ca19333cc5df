#include "indicatorstyle.h"
#include "indicatorcatalogue.h"
#include "reportstore.h"
#include "valueformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace fz {

namespace {
QString g_language = QStringLiteral("zh");
}

void IndicatorStyle::setLanguage(const QString &language)
{
    g_language = language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
}

QString IndicatorStyle::language()
{
    return g_language;
}

QString IndicatorStyle::name(const QString &key)
{
    const IndicatorDef *d = IndicatorCatalogue::builtin().indicator(key);
    return d ? d->name(g_language) : key;
}

QString IndicatorStyle::familyName(const QString &key)
{
    const IndicatorCatalogue &c = IndicatorCatalogue::builtin();
    const IndicatorDef *d = c.indicator(key);
    const FamilyDef *f = d ? c.family(d->family) : nullptr;
    return f ? f->name(g_language) : QString();
}

QColor IndicatorStyle::familyColor(const QString &key)
{
    const IndicatorCatalogue &c = IndicatorCatalogue::builtin();
    const IndicatorDef *d = c.indicator(key);
    const FamilyDef *f = d ? c.family(d->family) : nullptr;
    return f ? QColor(f->color) : QColor(0x60, 0x60, 0x60);
}

QColor IndicatorStyle::tint(const QColor &c, double s)
{
    return QColor::fromRgbF(float(1 - s + s * c.redF()), float(1 - s + s * c.greenF()), float(1 - s + s * c.blueF()));
}

QIcon IndicatorStyle::swatch(const QColor &c)
{
    // Never destroyed: pixmaps must not outlive the application object.
    static auto *cache = new QHash<QRgb, QIcon>;
    const auto it = cache->constFind(c.rgba());
    if (it != cache->constEnd())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(c.darker(130));
    p.setBrush(c);
    p.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    p.end();
    return cache->insert(c.rgba(), QIcon(pixmap)).value();
}

QString IndicatorStyle::valueText(const StoredMention &m)
{
    const IndicatorDef *d = IndicatorCatalogue::builtin().indicator(m.key);
    return formatValue(m.value, m.unit, d ? d->stored : QString(), m.approximate);
}

QString IndicatorStyle::tooltip(const StoredMention &m)
{
    QStringList states;
    if (m.headline) states << tr("★ headline");
    if (m.verified) states << tr("✓ verified");
    if (m.approximate) states << tr("approximate");
    if (m.source == QLatin1String("manual")) states << tr("added by hand");
    if (m.edited) states << tr("corrected (extracted: %1)").arg(groupDigits(m.autoValue));
    if (!m.active()) states << tr("rejected");
    QString html = QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span><br/>%3")
                       .arg(name(m.key).toHtmlEscaped(), m.key, valueText(m).toHtmlEscaped());
    if (!states.isEmpty())
        html += QStringLiteral("<br/>") + states.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (!m.note.isEmpty())
        html += QStringLiteral("<br/><i>%1</i>").arg(m.note.toHtmlEscaped());
    return html;
}

} // namespace fz
