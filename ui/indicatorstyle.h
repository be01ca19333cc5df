#pragma once
// How indicators look in the workbench: one colour per family (from the catalogue), names in
// the interface language, and the text of value tooltips.
#include <QColor>
#include <QIcon>
#include <QCoreApplication>
#include <QString>

namespace fz {

struct StoredMention;

class IndicatorStyle
{
    Q_DECLARE_TR_FUNCTIONS(fz::IndicatorStyle)
public:
    // "zh" or "en": the language indicator names are shown in.
    static void setLanguage(const QString &language);
    static QString language();

    static QString name(const QString &key);          // 行政处罚案件 / Administrative penalty cases
    static QString familyName(const QString &key);
    static QColor familyColor(const QString &key);     // the family's colour
    static QColor tint(const QColor &c, double strength); // c mixed with white (0 = white, 1 = c)
    static QIcon swatch(const QColor &c);              // a small square of the colour, for lists and tables
    static QString valueText(const StoredMention &m);  // 2,194,000 元 = 219.4万元
    static QString tooltip(const StoredMention &m);
};

} // namespace fz
