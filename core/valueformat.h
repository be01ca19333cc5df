#pragma once
// Values as analysts read them: digits grouped (2,194,000), money also in 万元/亿元
// (2,194,000 元 = 219.4万元), percentages with their sign, approximations marked (约).
#include <QString>

namespace fz {

QString groupDigits(double value, int maxDecimals = 4);
// 219.4万元, 1.2亿元, 650元
QString chineseMoney(double yuan);
// The scale that fits a set of money values for a chart axis: divisor (1, 1e4, 1e8) and its unit.
void moneyScale(double largest, double *divisor, QString *unit);
// The whole display: value with unit, money with both forms.
QString formatValue(double value, const QString &unit, const QString &stored, bool approximate = false);

} // namespace fz
