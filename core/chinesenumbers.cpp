#include "chinesenumbers.h"
#include "textfold.h"

#include <QFile>
#include <cmath>

namespace fz {
namespace {

QStringList loadList(const QString &path)
{
    QStringList out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            out << t;
    }
    return out;
}

// Chinese digit value, or -1.
int cnDigit(QChar c)
{
    switch (c.unicode()) {
    case u'零': case u'〇': case u'○': return 0;
    case u'一': case u'壹': return 1;
    case u'二': case u'贰': case u'两': case u'俩': return 2;
    case u'三': case u'叁': case u'參': case u'参': return 3; // 參 folded is 参: 參萬貳仟 in financial numerals
    case u'四': case u'肆': return 4;
    case u'五': case u'伍': return 5;
    case u'六': case u'陆': return 6;
    case u'七': case u'柒': return 7;
    case u'八': case u'捌': return 8;
    case u'九': case u'玖': return 9;
    default: return -1;
    }
}

// 十 百 千 (and capitals): 10, 100, 1000; 0 otherwise.
int cnSmallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十': case u'拾': return 10;
    case u'百': case u'佰': return 100;
    case u'千': case u'仟': return 1000;
    default: return 0;
    }
}

double cnBigUnit(QChar c)
{
    switch (c.unicode()) {
    case u'万': return 1e4;
    case u'亿': return 1e8;
    case u'兆': return 1e12;
    default: return 0;
    }
}

bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
bool isAsciiLetter(QChar c) { return (c.unicode() >= u'a' && c.unicode() <= u'z') || (c.unicode() >= u'A' && c.unicode() <= u'Z'); }
bool isCnNumeralChar(QChar c) { return cnDigit(c) >= 0 || cnSmallUnit(c) || c == u'廿' || c == u'卅'; }
bool isSpaceChar(QChar c) { return c == u' '; }

// Matches a keyword whose characters may be separated by spaces ("百 分 之"); returns the end
// or -1.
int matchSpaced(QStringView t, int pos, QStringView keyword, int limit)
{
    int i = pos;
    for (qsizetype k = 0; k < keyword.size(); ++k) {
        if (k > 0)
            while (i < limit && t.at(i) == u' ' && i - pos < keyword.size() + 8) ++i;
        if (i >= limit || t.at(i) != keyword.at(k))
            return -1;
        ++i;
    }
    return i;
}

double roundTo(double v, int decimals)
{
    if (decimals < 0) decimals = 0;
    if (decimals > 12) return v;
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

struct Parsed {
    int end = 0;
    long double value = 0;
    int decimals = 0;        // digits after the decimal point as written
    int multiplierExp = 0;   // 万 -> 4, 亿 -> 8 applied after a decimal
    bool chinese = false;
    bool arabic = false;
    bool approximate = false;
    bool digitSequence = false; // 二〇一六: digits read one by one
    bool range = false;         // 二三十: two numerals naming a range
    int atoms = 0;
};

// Reads one Arabic number at pos: digits with thousands separators and a decimal part.
// Returns the end, or pos when there is none.
int readArabic(QStringView t, int pos, int limit, long double *value, int *decimals)
{
    // The digits are gathered into an integer; up to 15 significant digits, one division by a
    // power of ten gives the same correctly rounded double as parsing the text would.
    int i = pos;
    quint64 mantissa = 0;
    int digits = 0;
    auto take = [&](QChar c) {
        if (digits < 19)
            mantissa = mantissa * 10 + (c.unicode() - u'0');
        ++digits;
    };
    while (i < limit && isAsciiDigit(t.at(i)))
        take(t.at(i++));
    if (digits == 0)
        return pos;
    // Thousands separators: a comma, or in typeset reports a space, followed by exactly three
    // digits (1,234,567; 6 412; 5 318.6). A space joins only groups that start with 1-3 digits.
    const bool shortLead = digits <= 3;
    while (i < limit && (t.at(i) == u',' || (t.at(i) == u' ' && shortLead)) && digits <= 30) {
        int k = i + 1;
        int run = 0;
        while (k < limit && isAsciiDigit(t.at(k))) { ++k; ++run; }
        if (run != 3)
            break;
        for (int d = i + 1; d < k; ++d)
            take(t.at(d));
        i = k;
    }
    int dec = 0;
    if (i + 1 < limit && t.at(i) == u'.' && isAsciiDigit(t.at(i + 1))) {
        ++i;
        while (i < limit && isAsciiDigit(t.at(i))) {
            take(t.at(i++));
            ++dec;
        }
    }
    static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (digits <= 15 && dec <= 22) {
        *value = double(mantissa) / kPowers[dec];
    } else {
        // Rarely: more digits than a double holds exactly; let the text parser round them.
        QString text;
        for (int k = pos; k < i; ++k)
            if (isAsciiDigit(t.at(k)) || t.at(k) == u'.')
                text += t.at(k);
        *value = text.toDouble();
    }
    *decimals = dec;
    return i;
}

} // namespace

NumberRecognizer::NumberRecognizer()
{
    m_measures = loadList(QStringLiteral(":/fazhi/numbers/measures.txt"));
    std::stable_sort(m_measures.begin(), m_measures.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &m : m_measures)
        m_measuresByFirst[m.at(0).unicode()].append(m);
    for (const QString &n : loadList(QStringLiteral(":/fazhi/numbers/names.txt"))) {
        m_namesByFirst[n.at(0).unicode()].append(n);
        m_maxNameLength = qMax(m_maxNameLength, int(n.size()));
    }
}

const NumberRecognizer &NumberRecognizer::instance()
{
    static const NumberRecognizer r;
    return r;
}

QString NumberRecognizer::kindName(NumberKind kind)
{
    switch (kind) {
    case NumberKind::Number: return QStringLiteral("number");
    case NumberKind::Percent: return QStringLiteral("percent");
    case NumberKind::Money: return QStringLiteral("money");
    }
    return {};
}

int NumberRecognizer::measureAt(QStringView t, int pos, int *unitStart) const
{
    int i = pos;
    int spaces = 0;
    while (i < t.size() && isSpaceChar(t.at(i)) && spaces < 6) { ++i; ++spaces; }
    if (i >= t.size())
        return 0;
    const auto bucket = m_measuresByFirst.constFind(t.at(i).unicode());
    if (bucket == m_measuresByFirst.constEnd())
        return 0;
    for (const QString &m : *bucket) {
        if (t.mid(i).startsWith(m)) {
            if (unitStart) *unitStart = i;
            return int(m.size());
        }
    }
    return 0;
}

bool NumberRecognizer::insideName(QStringView t, int start, int end) const
{
    const int lo = qMax(0, end - m_maxNameLength);
    for (int s = lo; s <= start; ++s) {
        const auto bucket = m_namesByFirst.constFind(t.at(s).unicode());
        if (bucket == m_namesByFirst.constEnd())
            continue;
        for (const QString &n : *bucket)
            if (s + n.size() >= end && s + n.size() <= t.size() && t.mid(s, n.size()) == n)
                return true;
    }
    return false;
}

namespace {

// A Chinese numeral inside a short quoted phrase with other words in it names a slogan or a
// reform (“综合查一次”, “一件事一次办”, 「三級聯動」), it does not count anything. A numeral quoted
// alone (“零”) is still a number.
bool insideQuotedPhrase(QStringView t, int start, int end)
{
    constexpr int kLongest = 12; // characters between the quotes
    auto opens = [](QChar c) { return c == u'“' || c == u'「' || c == u'『' || c == u'‘' || c == u'"'; };
    auto closes = [](QChar c) { return c == u'”' || c == u'」' || c == u'』' || c == u'’' || c == u'"'; };
    auto stops = [](QChar c) {
        return c == u'。' || c == u'，' || c == u',' || c == u'；' || c == u';' || c == u'：' || c == u':' || c == u'\n';
    };
    int open = -1;
    for (int i = start - 1; i >= 0 && start - i <= kLongest; --i) {
        const QChar c = t.at(i);
        if (opens(c)) { open = i; break; }
        if (closes(c) || stops(c)) return false;
    }
    if (open < 0)
        return false;
    for (int i = end; i < t.size() && i - open - 1 <= kLongest; ++i) {
        const QChar c = t.at(i);
        if (closes(c))
            return i - open - 1 > end - start; // more than the numeral itself
        if (opens(c) || stops(c))
            return false;
    }
    return false;
}

// Parses the numeral that starts at pos: Arabic groups and Chinese numeral characters with
// 十百千 / 万亿 units, 零, 点 decimals, 几 and 余/多 approximations.
Parsed parseNumeral(QStringView t, int pos, int limit)
{
    Parsed p;
    long double total = 0, section = 0, cur = 0;
    double lastBig = 0;
    int lastSmall = 0;
    bool curSet = false;
    bool zeroSinceUnit = false;
    bool lastWasUnit = false;   // the previous atom was a unit (for 一千五 = 1500)
    int lastUnitValue = 0;
    bool inFraction = false;    // after 点
    long double fracScale = 0.1L;
    int i = pos;
    int end = pos;
    bool lastAtomSingleCnDigit = false;
    int prevDigitAtomEnd = -1;

    while (i < limit) {
        QChar c = t.at(i);
        // Spaces inside a Chinese numeral ("一百 五 十 二", "7 万5 千") are skipped when a
        // numeral character follows; Arabic digits joined by a space are handled by the caller.
        if (isSpaceChar(c) && p.atoms > 0) {
            int k = i;
            while (k < limit && isSpaceChar(t.at(k)) && k - i < 3) ++k;
            if (k < limit && (isCnNumeralChar(t.at(k)) || cnBigUnit(t.at(k)) || t.at(k) == u'点' ||
                              t.at(k) == u'余' || t.at(k) == u'多' || t.at(k) == u'几') &&
                (p.chinese || cnBigUnit(t.at(k)) || cnSmallUnit(t.at(k)))) {
                i = k;
                continue;
            }
            break;
        }
        if (isAsciiDigit(c)) {
            if (inFraction)
                break;
            if (curSet && !lastWasUnit && prevDigitAtomEnd == i)
                break; // two numbers in a row
            long double v = 0;
            int dec = 0;
            const int e = readArabic(t, i, limit, &v, &dec);
            if (e == i)
                break;
            cur = v;
            curSet = true;
            p.decimals = qMax(p.decimals, dec);
            p.arabic = true;
            ++p.atoms;
            i = e;
            end = e;
            lastWasUnit = false;
            lastAtomSingleCnDigit = false;
            prevDigitAtomEnd = e;
            continue;
        }
        const int d = cnDigit(c);
        if (d >= 0) {
            p.chinese = true;
            ++p.atoms;
            if (inFraction) {
                if (c == u'两')
                    break; // decimals are written with 二, never 两
                cur += d * fracScale;
                fracScale /= 10;
                ++p.decimals;
            } else if (d == 0 && (c == u'零' || lastWasUnit)) {
                zeroSinceUnit = true;
                lastWasUnit = false;
            } else if (curSet && !lastWasUnit && prevDigitAtomEnd == i && !p.arabic) {
                // Digits read one by one: 二〇一六, 九九.
                cur = cur * 10 + d;
                p.digitSequence = true;
            } else {
                cur = d;
                curSet = true;
            }
            lastAtomSingleCnDigit = !inFraction && d != 0;
            lastWasUnit = false;
            ++i;
            end = i;
            prevDigitAtomEnd = i;
            continue;
        }
        if (c == u'廿' || c == u'卅') {
            p.chinese = true;
            ++p.atoms;
            section += (c == u'廿' ? 20 : 30);
            lastWasUnit = true;
            lastUnitValue = 10;
            lastSmall = 10;
            ++i;
            end = i;
            continue;
        }
        if (const int u = cnSmallUnit(c)) {
            if (inFraction)
                break;
            if (lastSmall && u > lastSmall && !curSet && lastBig == 0)
                break;    // 五十千: the 千 is not part of 五十
            if (p.digitSequence) {
                // 二三十, 三四百: "twenty or thirty", a range, not a number; skip all of it.
                p.range = true;
                p.end = i + 1;
                return p;
            }
            if (!curSet)
                cur = 1; // 十五 = 15, 百三 = 130, 一千零十二
            section += cur * u;
            cur = 0;
            curSet = false;
            lastSmall = u;
            lastWasUnit = true;
            lastUnitValue = u;
            zeroSinceUnit = false;
            p.chinese = true;
            ++p.atoms;
            ++i;
            end = i;
            lastAtomSingleCnDigit = false;
            continue;
        }
        if (const double big = cnBigUnit(c)) {
            if (p.atoms == 0)
                break; // 万 alone is no number
            const long double v = section + cur;
            if (v == 0 && total == 0)
                break;
            if (v == 0)
                total *= big;                    // 10万万, 4.78万亿
            else if (lastBig != 0 && big > lastBig)
                total = (total + v) * big;       // 三千万亿: the larger unit scales everything
            else
                total += v * big;
            if (p.decimals > 0)
                p.multiplierExp += int(std::lround(std::log10(big)));
            lastBig = big;
            section = 0;
            cur = 0;
            curSet = false;
            lastSmall = 0;
            lastWasUnit = true;
            lastUnitValue = int(big >= 1e8 ? 0 : big); // 一万三 = 13000; 一亿三 is rare
            zeroSinceUnit = false;
            inFraction = false;
            ++p.atoms;
            ++i;
            end = i;
            lastAtomSingleCnDigit = false;
            continue;
        }
        int afterPoint = i + 1;
        while (c == u'点' && afterPoint < limit && isSpaceChar(t.at(afterPoint)) && afterPoint - i < 3) ++afterPoint;
        if (c == u'点' && p.atoms > 0 && afterPoint < limit && cnDigit(t.at(afterPoint)) >= 0 && t.at(afterPoint) != u'两' &&
            !inFraction && !p.arabic) {
            if (lastAtomSingleCnDigit && !zeroSinceUnit && lastUnitValue >= 100 && curSet && cur < 10)
                cur = cur * (lastUnitValue / 10); // 两千三点一 = 2300.1
            lastAtomSingleCnDigit = false;
            inFraction = true;
            fracScale = 0.1L;
            if (!curSet) { cur = 0; curSet = true; }
            cur = section + cur;
            section = 0;
            i = afterPoint;
            continue;
        }
        if (c == u'几' && p.atoms > 0) {
            p.approximate = true;
            curSet = true;
            ++i;
            end = i;
            lastWasUnit = false;
            lastAtomSingleCnDigit = false;
            continue;
        }
        if ((c == u'余' || c == u'多') && p.atoms > 0) {
            // Inside the number (500余万, 十多万) or right after it (40余件).
            int k = i + 1;
            while (k < limit && isSpaceChar(t.at(k)) && k - i < 3) ++k;
            p.approximate = true;
            if (k < limit && cnBigUnit(t.at(k))) {
                i = k;
                end = i;
                continue;
            }
            end = i + 1;
            i = end;
            break;
        }
        break;
    }
    // 一千五 = 1500, 一万三 = 13000: a final lone digit right after a unit scales by a tenth of it.
    if (lastAtomSingleCnDigit && !zeroSinceUnit && p.atoms >= 2 && lastUnitValue >= 100 && curSet &&
        !p.digitSequence && cur < 10) {
        // only when the digit directly follows the unit
        cur = cur * (lastUnitValue / 10);
    }
    long double value = total + section + cur;
    p.value = value;
    p.end = end;
    return p;
}

} // namespace

bool NumberRecognizer::parseAt(QStringView t, int pos, int limit, NumberToken *out) const
{
    NumberToken tok;
    tok.start = pos;
    int i = pos;
    bool negative = false;
    if (t.at(i) == u'负' || t.at(i) == u'-') {
        if (i + 1 >= limit)
            return false;
        const QChar n = t.at(i + 1);
        if (!(isAsciiDigit(n) || isCnNumeralChar(n)))
            return false;
        if (t.at(i) == u'-' && i > 0 && (isAsciiDigit(t.at(i - 1)) || t.at(i - 1).isLetter()))
            return false; // a range or an identifier
        negative = true;
        ++i;
    }
    // Percent and per-mille prefixes: 百分之九十, 千分之三.
    double scale = 1;
    bool percentPrefix = false;
    int kw = -1;
    if ((kw = matchSpaced(t, i, u"百分之", limit)) > 0) { percentPrefix = true; i = kw; }
    else if ((kw = matchSpaced(t, i, u"千分之", limit)) > 0) { percentPrefix = true; scale = 0.1; i = kw; }
    else if ((kw = matchSpaced(t, i, u"万分之", limit)) > 0) { percentPrefix = true; scale = 0.01; i = kw; }
    if (percentPrefix) {
        while (i < limit && isSpaceChar(t.at(i))) ++i;
        if (i >= limit)
            return false;
        if (t.mid(i).startsWith(u'百') && !(i + 1 < limit && (cnDigit(t.at(i + 1)) >= 0 || cnSmallUnit(t.at(i + 1))))) {
            tok.value = 100 * scale; // 百分之百
            tok.end = i + 1;
            tok.kind = NumberKind::Percent;
            tok.chinese = true;
            *out = tok;
            return true;
        }
    }
    if (i >= limit || !(isAsciiDigit(t.at(i)) || isCnNumeralChar(t.at(i)) || (t.at(i) == u'.' && i + 1 < limit && isAsciiDigit(t.at(i + 1)))))
        return false;
    Parsed p;
    if (t.at(i) == u'.') {
        long double v = 0;
        int dec = 0;
        const int e = readArabic(t, i + 1, limit, &v, &dec);
        p.value = v / std::pow(10.0L, e - (i + 1));
        p.decimals = e - (i + 1);
        p.end = e;
        p.arabic = true;
        p.atoms = 1;
    } else {
        p = parseNumeral(t, i, limit);
    }
    if (p.range) {
        tok.end = p.end;
        tok.range = true;
        *out = tok;
        return true;
    }
    if (p.atoms == 0 || p.end <= i)
        return false;
    int end = p.end;
    long double value = p.value;
    // Stray space inside digits in scraped text: "1 5起" is 15.
    if (p.arabic && !p.chinese && end < limit - 1 && isSpaceChar(t.at(end)) && isAsciiDigit(t.at(end + 1)) &&
        p.decimals == 0 && end - i <= 3) {
        int k = end + 1, run = 0;
        while (k < limit && isAsciiDigit(t.at(k))) { ++k; ++run; }
        if (run <= 3 && measureAt(t, k) > 0 && !(k < limit && t.at(k) == u'/') && !(k < limit && t.at(k) == u'年')) {
            value = QString(t.mid(i, end - i).toString() + t.mid(end + 1, run).toString()).toDouble();
            end = k;
        }
    }
    // Fractions: 三分之一, 16分之5.
    int fracKw = -1;
    {
        int k = end;
        while (k < limit && t.at(k) == u' ' && k - end < 3) ++k;
        fracKw = matchSpaced(t, k, u"分之", limit);
        while (fracKw > 0 && fracKw < limit && t.at(fracKw) == u' ') ++fracKw;
    }
    if (!percentPrefix && fracKw > 0) {
        NumberToken num;
        if (fracKw < limit && parseAt(t, fracKw, limit, &num) && num.kind == NumberKind::Number && value != 0) {
            tok.value = double(num.value / value);
            tok.end = num.end;
            tok.chinese = p.chinese || num.chinese;
            tok.integral = false;
            tok.approximate = num.approximate;
            tok.kind = NumberKind::Number;
            if (negative) tok.value = -tok.value;
            *out = tok;
            return true;
        }
    }
    // Arabic fractions: 1/3, 16/5.
    if (!percentPrefix && p.arabic && !p.chinese && p.decimals == 0 && end + 1 < limit && t.at(end) == u'/' &&
        isAsciiDigit(t.at(end + 1))) {
        long double den = 0;
        int dec = 0;
        const int e = readArabic(t, end + 1, limit, &den, &dec);
        if (den != 0 && !(e < limit && (t.at(e) == u'/' || t.at(e) == u'-'))) {
            tok.value = double(value / den) * (negative ? -1 : 1);
            tok.end = e;
            tok.integral = false;
            tok.kind = NumberKind::Number;
            *out = tok;
            return true;
        }
    }
    // A whole number and a fraction: 三又三分之一, 3又1/2.
    if (!percentPrefix && end + 1 < limit && t.at(end) == u'又') {
        NumberToken frac;
        if (parseAt(t, end + 1, limit, &frac) && !frac.integral && frac.kind == NumberKind::Number && frac.value < 1) {
            tok.value = double(value + frac.value) * (negative ? -1 : 1);
            tok.end = frac.end;
            tok.integral = false;
            tok.chinese = p.chinese || frac.chinese;
            *out = tok;
            return true;
        }
    }
    tok.chinese = p.chinese;
    tok.sequence = p.digitSequence;
    tok.approximate = p.approximate;
    const int resultDecimals = qMax(0, p.decimals - p.multiplierExp);
    tok.integral = resultDecimals == 0;
    double v = roundTo(double(value), p.chinese && !p.arabic ? qMax(resultDecimals, 0) : resultDecimals);
    if (percentPrefix) {
        tok.kind = NumberKind::Percent;
        v *= scale;
    } else {
        int k = end;
        while (k < limit && isSpaceChar(t.at(k)) && k - end < 6) ++k;
        if (k < limit && t.at(k) == u'%') {
            tok.kind = NumberKind::Percent;
            end = k + 1;
        } else if (k < limit && t.at(k) == u'‰') {
            tok.kind = NumberKind::Percent;
            v /= 10;
            end = k + 1;
        } else if (k == end && k < limit && t.at(k) == u'成' && tok.integral && v >= 1 && v <= 10 &&
                   !(k + 1 < limit && QStringView(u"不立为员效果本").contains(t.at(k + 1)))) {
            // 九成 is 90%, 九成五 95%: tenths of a whole (not 一成不变, 三成员, 成效, 成本).
            tok.kind = NumberKind::Percent;
            v *= 10;
            end = k + 1;
            if (end < limit && cnDigit(t.at(end)) > 0 && !(end + 1 < limit && (cnSmallUnit(t.at(end + 1)) || cnDigit(t.at(end + 1)) >= 0))) {
                v += cnDigit(t.at(end));
                ++end;
            }
        } else if (matchSpaced(t, k, u"个百分点", limit) > 0 || matchSpaced(t, k, u"百分点", limit) > 0) {
            tok.kind = NumberKind::Percent;
            tok.change = true;
            const int a = matchSpaced(t, k, u"个百分点", limit);
            end = a > 0 ? a : matchSpaced(t, k, u"百分点", limit);
        } else {
            int m = k;
            if (m < limit && (t.at(m) == u'余' || t.at(m) == u'多')) { tok.approximate = true; ++m; }
            if (m < limit && t.at(m) == u'元') {
                tok.kind = NumberKind::Money;
                end = m + 1;
            } else if (t.mid(m).startsWith(QStringView(u"千元"))) {
                tok.kind = NumberKind::Money;
                v *= 1000;
                end = m + 2;
            }
        }
    }
    tok.value = negative ? -v : v;
    tok.end = end;
    *out = tok;
    return true;
}

QVector<NumberToken> NumberRecognizer::find(QStringView t, int from, int to) const
{
    QVector<NumberToken> out;
    const int limit = to < 0 ? int(t.size()) : qMin(to, int(t.size()));
    int i = qMax(0, from);
    int rangeUpperFrom = -1; // where the upper end of a range just read starts
    while (i < limit) {
        const QChar c = t.at(i);
        const bool candidate = isAsciiDigit(c) || isCnNumeralChar(c) || c == u'负' ||
                               (c == u'-' && i + 1 < limit && isAsciiDigit(t.at(i + 1))) ||
                               (c == u'.' && i + 1 < limit && isAsciiDigit(t.at(i + 1)) && !(i > 0 && isAsciiDigit(t.at(i - 1)))) ||
                               ((c == u'百' || c == u'千' || c == u'万') && t.mid(i + 1).startsWith(QStringView(u"分之")));
        // 涉企行政检查万余次: ten thousand and more, with no digit before 万.
        if (c == u'万' && i + 2 < limit && (t.at(i + 1) == u'余' || t.at(i + 1) == u'多') &&
            !(i > 0 && (isCnNumeralChar(t.at(i - 1)) || isAsciiDigit(t.at(i - 1)) || cnBigUnit(t.at(i - 1)) ||
                        QStringView(u"数几上近成").contains(t.at(i - 1))))) {
            int us = 0;
            if (measureAt(t, i + 2, &us) && us == i + 2 && t.at(us) != u'元') {
                NumberToken tok;
                tok.start = i;
                tok.end = i + 2; // 万余: the approximation is part of the numeral here
                tok.value = 1e4;
                tok.chinese = true;
                tok.approximate = true;
                out.append(tok);
                i += 2;
                continue;
            }
        }
        if (!candidate) {
            ++i;
            continue;
        }
        // 数十次, 数百件: a vague number, no level.
        if (i > 0 && t.at(i - 1) == u'数' && cnSmallUnit(c)) {
            ++i;
            continue;
        }
        NumberToken tok;
        if (!parseAt(t, i, limit, &tok)) {
            ++i;
            continue;
        }
        const int next = qMax(tok.end, i + 1);
        if (tok.range) {
            i = next;
            continue;
        }
        // --- What is not a quantity ---------------------------------------------------------
        // A range states no level: neither end of 20—60件不等, 3至5次, 五至八次, 20件到60件.
        {
            auto connector = [](QChar c) {
                return c == u'至' || c == u'到' || c == u'—' || c == u'–' || c == u'―' || c == u'-' || c == u'~' || c == u'～';
            };
            int k = tok.end;
            int us = 0;
            if (const int ml = measureAt(t, k, &us))
                k = us + ml;
            while (k < limit && isSpaceChar(t.at(k))) ++k;
            int n = k + 1;
            while (n < limit && isSpaceChar(t.at(n))) ++n;
            const bool opensRange = k < limit && connector(t.at(k)) && n < limit &&
                                    (isAsciiDigit(t.at(n)) || isCnNumeralChar(t.at(n)));
            if ((tok.start <= rangeUpperFrom && tok.end > rangeUpperFrom) || opensRange) {
                rangeUpperFrom = opensRange ? n : -1;
                i = next;
                continue;
            }
        }
        const QChar before = tok.start > 0 ? t.at(tok.start - 1) : QChar();
        const QChar after = tok.end < limit ? t.at(tok.end) : QChar();
        const QStringView body = t.mid(tok.start, tok.end - tok.start);
        bool reject = false;
        const bool arabicInt = !tok.chinese && tok.integral && tok.kind == NumberKind::Number;
        const int digitsLen = int(body.size());
        // Identifiers: digits glued to Latin letters.
        if (isAsciiLetter(before) || (isAsciiLetter(after) && tok.kind == NumberKind::Number))
            reject = true;
        // Years and dates: 2016年, 〔2016〕, 2017-01-10, 2015-2020, 12月, 3日, 10:10.
        if (!reject && tok.kind == NumberKind::Number) {
            const double v = tok.value;
            const bool yearLike = v >= 1900 && v <= 2100 && tok.integral && (digitsLen == 4);
            if (yearLike && (after == u'年' || after == u'-' || after == u'/' || after == u'.' || after == u'—' ||
                             after == u'〕' || after == u']' || after == u'】' || after == u')' || after == u'~' ||
                             before == u'〔' || before == u'[' || before == u'【' || before == u'-' || before == u'—' || before == u'~'))
                reject = true;
            if (tok.chinese && (after == u'年') && body.size() == 4)
                reject = true; // 二〇一六年
            if (tok.integral && v >= 1 && v <= 12 && after == u'月' && before != u'个')
                reject = true;
            if (tok.integral && v >= 1 && v <= 31 && (after == u'日' || after == u'号') && tok.start >= 1 &&
                (before == u'月' || (tok.start >= 2 && t.at(tok.start - 1) == u' ' && t.at(tok.start - 2) == u'月')))
                reject = true;
            if (!tok.chinese && (after == u':' && tok.end + 1 < limit && isAsciiDigit(t.at(tok.end + 1))))
                reject = true;
            if (!tok.chinese && before == u':' && tok.start >= 2 && isAsciiDigit(t.at(tok.start - 2)))
                reject = true;
            if (!tok.chinese && (before == u'-' || before == u'/') && tok.start >= 2 && isAsciiDigit(t.at(tok.start - 2)) &&
                tok.integral && v <= 31)
                reject = true; // the month or day of 2017-01-10
            // Document and serial numbers: 〔2016〕57号, 第39号.
            if (after == u'号')
                reject = true;
        }
        // 千元 alone is a unit (罚没金额（千元）, 千元以下罚款), not a thousand yuan.
        if (!reject && tok.kind == NumberKind::Money && (body == u"千元" || body == u"百元"))
            reject = true;
        // Ordinals: 第一, 第3.
        if (!reject && before == u'第')
            reject = true;
        // Phone and hotline numbers.
        if (!reject && arabicInt) {
            const QStringView pre = t.mid(qMax(0, tok.start - 8), qMin(tok.start, 8));
            const QStringView post = t.mid(tok.end, qMin(8, limit - tok.end));
            if (digitsLen >= 7 && (pre.contains(QStringView(u"电话")) || pre.contains(QStringView(u"热线")) ||
                                   pre.contains(QStringView(u"传真")) || pre.contains(QStringView(u"手机")) ||
                                   pre.contains(QStringView(u"联系")) || pre.contains(QStringView(u"拨打"))))
                reject = true;
            if (digitsLen == 11 && body.startsWith(u'1'))
                reject = true;
            if ((after == u'-' && tok.end + 1 < limit && isAsciiDigit(t.at(tok.end + 1)) && digitsLen >= 3 && body.startsWith(u'0')) ||
                (before == u'-' && digitsLen >= 7))
                reject = true;
            if (digitsLen >= 3 && digitsLen <= 6 &&
                (post.startsWith(QStringView(u"热线")) || post.startsWith(QStringView(u"专线")) ||
                 post.startsWith(QStringView(u"服务")) || post.startsWith(QStringView(u"便民")) ||
                 post.startsWith(QStringView(u"政务")) || post.startsWith(QStringView(u"检察")) ||
                 post.startsWith(QStringView(u"平台")) || post.startsWith(QStringView(u"短信")) ||
                 pre.endsWith(QStringView(u"拨打")) || pre.endsWith(QStringView(u"热线"))))
                reject = true;
        }
        // List markers: "1." "2、" "(3)" "一、" at the start of a line or clause.
        if (!reject && tok.integral && tok.kind == NumberKind::Number && digitsLen <= 3) {
            int s = tok.start - 1;
            while (s >= 0 && isSpaceChar(t.at(s))) --s;
            QChar lead = s >= 0 ? t.at(s) : QChar(u'\n');
            bool bracketed = false;
            if (lead == u'(' || lead == u'（' || lead == u'【' || lead == u'[') {
                bracketed = true;
                int s2 = s - 1;
                while (s2 >= 0 && isSpaceChar(t.at(s2))) --s2;
                lead = s2 >= 0 ? t.at(s2) : QChar(u'\n');
            }
            const bool atLineStart = lead == u'\n' || lead == u'。' || lead == u';' || lead == u':' ||
                                     lead == u'!' || lead == u'?' || lead == u',';
            const bool markerAfter = after == u'、' || after == u'.' || after == u')' || after == u'）' ||
                                     after == u'】' || after == u']';
            const bool notDecimal = !(tok.end + 1 < limit && isAsciiDigit(t.at(tok.end + 1)));
            if (atLineStart && markerAfter && notDecimal && (bracketed || after == u'、' || after == u'.' || after == u')' || after == u'）'))
                reject = true;
            if (tok.chinese && after == u'、' && atLineStart)
                reject = true;
            if (bracketed && (after == u')' || after == u'）') && tok.chinese)
                reject = true; // (一)
        }
        // Lone Chinese numerals inside words (一切, 一是, 四川) and names (八五普法, 十三五).
        if (!reject && tok.chinese && !tok.approximate) {
            auto isCjk = [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; };
            static const QString capitals = QStringLiteral("壹贰叁肆伍陆柒捌玖拾佰仟");
            if (insideName(t, tok.start, tok.end) || insideQuotedPhrase(t, tok.start, tok.end))
                reject = true;
            else if (tok.kind == NumberKind::Number && body.size() == 1 && capitals.contains(body.at(0)))
                reject = true; // 登陆, 队伍, 拾起: capitals count only inside longer numerals
            else if (tok.kind == NumberKind::Number && body.size() == 1 && measureAt(t, tok.end) == 0 &&
                     (isCjk(before) || isCjk(after)))
                reject = true; // 一切, 四川; a numeral standing alone ("二", “五”) stays
            else if (tok.sequence && body.size() < 3 && !body.contains(u'〇') && !body.contains(u'零'))
                reject = true; // 两两, 九九
        }
        if (!reject) {
            // Approximations written before the number.
            const QStringView pre = t.mid(qMax(0, tok.start - 3), qMin(tok.start, 3));
            static const char16_t *const prefixes[] = {u"约", u"近", u"逾", u"超过", u"大约", u"将近", u"接近", u"不足",
                                                       u"不到", u"至少", u"超", u"上百", u"数", u"约占", u"约为", u"约有", u"近乎"};
            for (const char16_t *p : prefixes)
                if (pre.endsWith(QStringView(p))) { tok.approximate = true; break; }
            // And after it, past the unit: 100件左右, 95%以上.
            int k = tok.end;
            int us = 0;
            const int ml = measureAt(t, k, &us);
            if (ml) k = us + ml;
            const QStringView post = t.mid(k, qMin(3, limit - k));
            if (post.startsWith(QStringView(u"左右")) || post.startsWith(QStringView(u"上下")) ||
                post.startsWith(QStringView(u"以上")) || post.startsWith(QStringView(u"多")) || post.startsWith(QStringView(u"余")))
                tok.approximate = true;
            out.append(tok);
        }
        i = next;
    }
    return out;
}

bool parseNumberText(const QString &text, double *value, NumberKind *kind)
{
    const QString folded = fold(text.trimmed());
    const QVector<NumberToken> toks = NumberRecognizer::instance().find(folded);
    if (toks.isEmpty()) {
        // A lone numeral (十, 三) typed as a value is still a number.
        bool ok = false;
        const double v = folded.toDouble(&ok);
        if (ok) { *value = v; if (kind) *kind = NumberKind::Number; }
        return ok;
    }
    *value = toks.first().value;
    if (kind) *kind = toks.first().kind;
    return true;
}

} // namespace fz
