#include "valueformat.h"

#include <QLocale>
#include <cmath>

namespace fz {

QString groupDigits(double value, int maxDecimals)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    QString s = QLocale::c().toString(value, 'f', maxDecimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0')) s.chop(1);
        if (s.endsWith(u'.')) s.chop(1);
    }
    // QLocale::c() does not group; insert the separators ourselves.
    const qsizetype dot = s.indexOf(u'.');
    QString intPart = dot < 0 ? s : s.left(dot);
    const QString frac = dot < 0 ? QString() : s.mid(dot);
    const bool negative = intPart.startsWith(u'-');
    if (negative) intPart.remove(0, 1);
    for (qsizetype i = intPart.size() - 3; i > 0; i -= 3)
        intPart.insert(i, u',');
    return (negative ? QStringLiteral("-") : QString()) + intPart + frac;
}

QString chineseMoney(double yuan)
{
    const double a = std::fabs(yuan);
    if (a >= 1e8)
        return groupDigits(yuan / 1e8, 4) + QStringLiteral("亿元");
    if (a >= 1e4)
        return groupDigits(yuan / 1e4, 4) + QStringLiteral("万元");
    return groupDigits(yuan, 2) + QStringLiteral("元");
}

void moneyScale(double largest, double *divisor, QString *unit)
{
    if (largest >= 1e8) { *divisor = 1e8; *unit = QStringLiteral("亿元"); }
    else if (largest >= 1e4) { *divisor = 1e4; *unit = QStringLiteral("万元"); }
    else { *divisor = 1; *unit = QStringLiteral("元"); }
}

QString formatValue(double value, const QString &unit, const QString &stored, bool approximate)
{
    QString s;
    if (stored == QLatin1String("yuan") || unit == QStringView(u"元")) {
        s = groupDigits(value, 2) + QStringLiteral(" 元");
        if (std::fabs(value) >= 1e4)
            s += QStringLiteral(" = ") + chineseMoney(value);
    } else if (stored == QLatin1String("percent") || unit == QLatin1String("%")) {
        s = groupDigits(value, 2) + QStringLiteral("%");
    } else {
        s = groupDigits(value) + (unit.isEmpty() ? QString() : QStringLiteral(" ") + unit);
    }
    return approximate ? QStringLiteral("约 ") + s : s;
}

} // namespace fz
