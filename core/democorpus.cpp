// The demo corpus: synthetic rule-of-law reports over a panel of real divisions and years, with
// their answers. Phrasings, departments, campaigns, chrome and the panel are data
// (resources/demo/phrasings.json, resources/demo/panel.json); this file holds the value model,
// the template renderer that remembers where each value is stated, the document layout
// (plain text or an HTML page) and the conversions (traditional characters, encodings).
#include "democorpus.h"
#include "gazetteer.h"
#include "textdecoder.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtGlobal>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

namespace fz {
namespace {

// ---------------------------------------------------------------------------------------------
// Random numbers. std::mt19937 is specified exactly by the standard; the distributions are not,
// so every draw below is computed from the raw 32-bit output.

quint32 mix(quint32 h, quint32 v)
{
    // A murmur3-style combination; the same on every platform.
    v *= 0xcc9e2d51u;
    v = (v << 15) | (v >> 17);
    v *= 0x1b873593u;
    h ^= v;
    h = (h << 13) | (h >> 19);
    h = h * 5u + 0xe6546b64u;
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    return h;
}

quint32 hashString(const QString &s)
{
    quint32 h = 2166136261u; // FNV-1a over UTF-16 units
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

class Rng
{
public:
    explicit Rng(quint32 seed) : m_engine(seed) {}
    double uniform() { return double(m_engine()) / 4294967296.0; } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int between(int lo, int hi) // inclusive
    {
        if (hi <= lo)
            return lo;
        return lo + int(std::floor(uniform() * double(qint64(hi) - lo + 1)));
    }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template <class T> const T &pick(const QVector<T> &v) { return v.at(between(0, int(v.size()) - 1)); }
    QString pick(const QStringList &v) { return v.isEmpty() ? QString() : v.at(between(0, int(v.size()) - 1)); }
    template <class T> void shuffle(QVector<T> &v)
    {
        for (int i = int(v.size()) - 1; i > 0; --i)
            std::swap(v[i], v[between(0, i)]);
    }

private:
    std::mt19937 m_engine;
};

// ---------------------------------------------------------------------------------------------
// Phrasing data.

struct Phrase {
    QString text;
    QString levels;                          // p province, c city, d district, s street, g department
    double weight = 1;
    QString province;                        // only in this province (code prefix), else anywhere
};

struct SectorDept {
    QString sector, dunit, field;
};

struct PanelEntry {
    QString code;
    QString dept;
};

struct Data {
    QString error;
    QHash<QString, QVector<Phrase>> groups; // "titles.withYear", "openings", "fillers.enforce", "facts.pen", ...
    QStringList mainHeads, shortHeads, planHeads;
    QVector<QPair<QString, QStringList>> subsections; // kind, headings
    QHash<QString, QStringList> itemHeads;
    QHash<QString, QStringList> changes;
    QStringList deptDistrict, deptStreet;
    QVector<SectorDept> sectorDepts;
    QStringList campaigns;
    QHash<QString, QStringList> subunits;
    QStringList tableCaptions, tableFirst, tableTotal;
    QHash<QString, QStringList> tableColumns;
    QStringList transposedFirst, transposedCaptions;
    QVector<QPair<QString, QStringList>> transposedRows; // variable, row labels
    QHash<QString, QStringList> chrome;
    QVector<PanelEntry> panel;
    QHash<QString, QString> provinceAbbr;
    QVector<QPair<QString, QVector<QPair<int, QString>>>> eras; // placeholder, (from year, wording) latest first
};

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

// Facts suit every level but departments unless they say so; other phrasings suit all.
QVector<Phrase> toPhrases(const QJsonValue &v, const QString &defaultLevels = QStringLiteral("pcdsg"))
{
    QVector<Phrase> out;
    for (const QJsonValue &x : v.toArray()) {
        Phrase p;
        p.levels = defaultLevels;
        if (x.isString()) {
            p.text = x.toString();
        } else {
            const QJsonObject o = x.toObject();
            p.text = o.value(QLatin1String("t")).toString();
            if (o.contains(QLatin1String("lv")))
                p.levels = o.value(QLatin1String("lv")).toString();
            p.weight = o.value(QLatin1String("w")).toDouble(1);
            p.province = o.value(QLatin1String("prov")).toString();
        }
        if (!p.text.isEmpty())
            out << p;
    }
    return out;
}

QJsonObject readJson(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("missing resource %1").arg(path);
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(path, pe.errorString());
        return {};
    }
    return doc.object();
}

const Data &data()
{
    static const Data loaded = [] {
        Data d;
        const QJsonObject ph = readJson(QStringLiteral(":/fazhi/demo/phrasings.json"), &d.error);
        const QJsonObject pa = readJson(QStringLiteral(":/fazhi/demo/panel.json"), &d.error);
        if (!d.error.isEmpty())
            return d;
        const QJsonObject titles = ph.value(QLatin1String("titles")).toObject();
        d.groups.insert(QStringLiteral("titles.withYear"), toPhrases(titles.value(QLatin1String("withYear"))));
        d.groups.insert(QStringLiteral("titles.withoutYear"), toPhrases(titles.value(QLatin1String("withoutYear"))));
        d.groups.insert(QStringLiteral("titles.withoutRegion"), toPhrases(titles.value(QLatin1String("withoutRegion"))));
        d.groups.insert(QStringLiteral("openings"), toPhrases(ph.value(QLatin1String("openings"))));
        const QJsonObject fillers = ph.value(QLatin1String("fillers")).toObject();
        for (auto it = fillers.begin(); it != fillers.end(); ++it)
            d.groups.insert(QStringLiteral("fillers.") + it.key(), toPhrases(it.value()));
        const QJsonObject facts = ph.value(QLatin1String("facts")).toObject();
        for (auto it = facts.begin(); it != facts.end(); ++it)
            d.groups.insert(QStringLiteral("facts.") + it.key(), toPhrases(it.value(), QStringLiteral("pcds")));
        const QJsonObject sections = ph.value(QLatin1String("sections")).toObject();
        d.mainHeads = toStringList(sections.value(QLatin1String("main")));
        d.shortHeads = toStringList(sections.value(QLatin1String("shortcomings")));
        d.planHeads = toStringList(sections.value(QLatin1String("plan")));
        for (const QJsonValue &v : ph.value(QLatin1String("subsections")).toArray()) {
            const QJsonObject o = v.toObject();
            d.subsections.append({o.value(QLatin1String("kind")).toString(), toStringList(o.value(QLatin1String("heads")))});
        }
        const QJsonObject items = ph.value(QLatin1String("itemHeads")).toObject();
        for (auto it = items.begin(); it != items.end(); ++it)
            d.itemHeads.insert(it.key(), toStringList(it.value()));
        const QJsonObject changes = ph.value(QLatin1String("changes")).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            d.changes.insert(it.key(), toStringList(it.value()));
        const QJsonObject depts = ph.value(QLatin1String("departments")).toObject();
        d.deptDistrict = toStringList(depts.value(QLatin1String("district")));
        d.deptStreet = toStringList(depts.value(QLatin1String("street")));
        for (const QJsonValue &v : ph.value(QLatin1String("sectorDepartments")).toArray()) {
            const QJsonObject o = v.toObject();
            d.sectorDepts.append({o.value(QLatin1String("sector")).toString(), o.value(QLatin1String("dunit")).toString(),
                                  o.value(QLatin1String("field")).toString()});
        }
        d.campaigns = toStringList(ph.value(QLatin1String("campaigns")));
        const QJsonObject subs = ph.value(QLatin1String("subunits")).toObject();
        for (auto it = subs.begin(); it != subs.end(); ++it)
            d.subunits.insert(it.key(), toStringList(it.value()));
        const QJsonObject table = ph.value(QLatin1String("table")).toObject();
        d.tableCaptions = toStringList(table.value(QLatin1String("captions")));
        d.tableFirst = toStringList(table.value(QLatin1String("firstHeader")));
        d.tableTotal = toStringList(table.value(QLatin1String("total")));
        const QJsonObject cols = table.value(QLatin1String("columns")).toObject();
        for (auto it = cols.begin(); it != cols.end(); ++it)
            d.tableColumns.insert(it.key(), toStringList(it.value()));
        const QJsonObject tr = table.value(QLatin1String("transposed")).toObject();
        d.transposedFirst = toStringList(tr.value(QLatin1String("first")));
        d.transposedCaptions = toStringList(tr.value(QLatin1String("captions")));
        const QJsonObject trRows = tr.value(QLatin1String("rows")).toObject();
        static const char *const rowOrder[] = {"pen", "amt", "insp", "acc", "lit", "rate"};
        for (const char *r : rowOrder)
            if (trRows.contains(QLatin1String(r)))
                d.transposedRows.append({QString::fromLatin1(r), toStringList(trRows.value(QLatin1String(r)))});
        const QJsonObject chrome = ph.value(QLatin1String("chrome")).toObject();
        for (auto it = chrome.begin(); it != chrome.end(); ++it)
            d.chrome.insert(it.key(), toStringList(it.value()));
        d.groups.insert(QStringLiteral("chrome.sources"), toPhrases(chrome.value(QLatin1String("sources"))));
        const QJsonObject eras = ph.value(QLatin1String("eras")).toObject();
        for (auto it = eras.begin(); it != eras.end(); ++it) {
            QVector<QPair<int, QString>> wordings;
            for (const QJsonValue &e : it.value().toArray())
                wordings.append({e.toArray().at(0).toInt(), e.toArray().at(1).toString()});
            d.eras.append({it.key(), wordings});
        }
        for (const QJsonValue &v : pa.value(QLatin1String("panel")).toArray()) {
            const QJsonObject o = v.toObject();
            d.panel.append({o.value(QLatin1String("code")).toString(), o.value(QLatin1String("dept")).toString()});
        }
        const QJsonObject abbr = pa.value(QLatin1String("provinceAbbr")).toObject();
        for (auto it = abbr.begin(); it != abbr.end(); ++it)
            d.provinceAbbr.insert(it.key(), it.value().toString());
        if (d.panel.isEmpty() || d.groups.value(QStringLiteral("titles.withYear")).isEmpty())
            d.error = QStringLiteral("demo phrasing or panel data is empty");
        return d;
    }();
    return loaded;
}

// ---------------------------------------------------------------------------------------------
// The panel: divisions resolved through the gazetteer.

struct Region {
    int division = -1;
    QString code;
    QString name;         // the division's name
    QString dept;         // a department reporting alone (司法局), else empty
    QString level;        // province city district street department
    QChar levelCode;      // p c d s g
    QChar unit;           // 区 县 市 省 街 镇 乡: 全区, 区政府
    QStringList parents;  // nearest first
    bool ambiguous = false;
    QString abbr;         // 津 浙 粤
    int scaleLevel = 0;   // 0 street, 1 department, 2 district, 3 city, 4 province
};

QChar unitOf(const QString &name, DivisionLevel level)
{
    switch (level) {
    case DivisionLevel::Province: return u'省';
    case DivisionLevel::City: return u'市';
    case DivisionLevel::Street:
        if (name.endsWith(QStringLiteral("街道"))) return u'街';
        return name.back();
    case DivisionLevel::District:
    default:
        return name.back();
    }
}

QVector<Region> loadPanel(const Data &d, bool national)
{
    QVector<Region> out;
    const Gazetteer &g = Gazetteer::instance();
    QVector<PanelEntry> entries = d.panel;
    if (national) {
        // Every county-level division, then every township, in code order.
        QSet<QString> present;
        for (const PanelEntry &e : entries) present.insert(e.code + e.dept);
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < g.size(); ++i) {
                const Division &div = g.at(i);
                if ((pass == 0 && div.level == DivisionLevel::District) || (pass == 1 && div.level == DivisionLevel::Street))
                    if (!present.contains(div.code))
                        entries.append({div.code, QString()});
            }
    }
    for (const PanelEntry &e : entries) {
        const int idx = g.byCode(e.code);
        if (idx < 0)
            continue;
        const Division &div = g.at(idx);
        Region r;
        r.division = idx;
        r.code = e.code;
        r.name = div.name;
        r.dept = e.dept;
        r.parents = g.ancestorNames(idx);
        r.ambiguous = g.lookup(div.name).size() > 1;
        r.unit = unitOf(div.name, div.level);
        r.abbr = d.provinceAbbr.value(e.code.left(2));
        if (!e.dept.isEmpty()) {
            r.level = QStringLiteral("department");
            r.levelCode = u'g';
            r.scaleLevel = 1;
        } else {
            switch (div.level) {
            case DivisionLevel::Province: r.level = QStringLiteral("province"); r.levelCode = u'p'; r.scaleLevel = 4; break;
            case DivisionLevel::City: r.level = QStringLiteral("city"); r.levelCode = u'c'; r.scaleLevel = 3; break;
            case DivisionLevel::District: r.level = QStringLiteral("district"); r.levelCode = u'd'; r.scaleLevel = 2; break;
            case DivisionLevel::Street: r.level = QStringLiteral("street"); r.levelCode = u's'; r.scaleLevel = 0; break;
            }
        }
        out << r;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The value model: each region has its own base level and trend per figure; a year's value is
// base x trend^(year-2015) x noise, the noise fixed by (seed, region, figure, year) so that last
// year's value (for 同比) is the value that year's report states.

struct Values {
    double recv = 0, acc = 0, carry = 0, concl = 0, corr = 0, maintain = 0, reject = 0;
    double pen = 0, penPart = 0, penClosed = 0, penGeneral = 0, perCase = 0, amt = 0;
    double insp = 0;
    double lit = 0, litDone = 0, litFirst = 0, app = 0, rate = 0;
};

struct Range {
    double lo, hi;
};

// Base ranges by scale level: street, department, district, city, province.
const Range kRecv[] = {{10, 30}, {12, 80}, {25, 240}, {120, 380}, {300, 400}};
const Range kPen[] = {{120, 1200}, {300, 8000}, {1500, 40000}, {12000, 60000}, {45000, 65000}};
const Range kInsp[] = {{1000, 6000}, {1200, 20000}, {3000, 60000}, {25000, 90000}, {80000, 110000}};
const Range kLit[] = {{1, 12}, {2, 40}, {15, 150}, {80, 400}, {300, 600}};
// Yearly growth: smaller bodies move faster; the largest stay inside the ranges over ten years.
const Range kGrowth[] = {{-0.06, 0.14}, {-0.06, 0.14}, {-0.06, 0.13}, {-0.05, 0.08}, {-0.04, 0.05}};

double clampTo(double v, double lo, double hi) { return std::max(lo, std::min(hi, v)); }

Values valuesFor(const Region &r, int year, quint32 seed)
{
    const quint32 key = mix(seed, hashString(r.code + r.dept));
    Rng base(mix(key, 0xba5e));
    const int L = r.scaleLevel;
    auto logUniform = [&](const Range &rg) { return std::exp(base.uniform(std::log(rg.lo), std::log(rg.hi))); };
    const double recv0 = logUniform(kRecv[L]);
    const double pen0 = logUniform(kPen[L]);
    const double insp0 = logUniform(kInsp[L]);
    const double lit0 = logUniform(kLit[L]);
    const double perCase0 = base.uniform(300, 2500);
    const Range &g = kGrowth[L];
    const double gRecv = base.uniform(g.lo, g.hi * 0.8), gPen = base.uniform(g.lo, g.hi);
    const double gInsp = base.uniform(g.lo, g.hi), gLit = base.uniform(g.lo, g.hi * 0.8), gCase = base.uniform(-0.02, 0.06);
    const double share0 = base.uniform(0.30, 0.60), shareSlope = base.uniform(0.04, 0.09);
    const bool zeroProne = L <= 1 && base.chance(0.5);

    Rng y(mix(key, quint32(year) * 2654435761u));
    const int t = year - 2015;
    auto noisy = [&](double v0, double growth) { return v0 * std::pow(1.0 + growth, t) * std::exp(0.12 * y.normal()); };
    Values v;
    v.recv = std::round(noisy(recv0, gRecv));
    v.pen = std::round(clampTo(noisy(pen0, gPen), 100, 150000));
    v.insp = std::round(clampTo(noisy(insp0, gInsp), 1000, 200000));
    v.lit = std::round(noisy(lit0, gLit));
    v.perCase = clampTo(noisy(perCase0, gCase), 150, 5000);
    if (L >= 2)
        v.recv = clampTo(v.recv, 10, 600);
    else if (zeroProne && y.chance(0.35))
        v.recv = 0;
    if (zeroProne && y.chance(0.35))
        v.lit = 0;
    v.lit = std::max(0.0, v.lit);
    v.acc = v.recv > 0 ? std::max(1.0, std::round(v.recv * y.uniform(0.78, 0.97))) : 0;
    v.carry = v.acc > 0 ? std::max(1.0, std::round(v.acc * y.uniform(0.05, 0.2))) : 0;
    v.concl = v.acc > 0 ? std::max(1.0, std::round((v.acc + v.carry) * y.uniform(0.82, 0.99))) : 0;
    v.corr = v.concl > 0 ? std::max(1.0, std::round(v.concl * y.uniform(0.03, 0.2))) : 0;
    v.reject = std::round(v.concl * y.uniform(0.03, 0.12));
    v.maintain = std::max(0.0, v.concl - v.corr - v.reject - std::round(v.concl * y.uniform(0.0, 0.1)));
    v.penPart = std::max(1.0, std::round(v.pen * y.uniform(0.3, 0.7)));
    v.penClosed = std::max(1.0, std::round(v.pen * y.uniform(0.85, 0.98)));
    v.penGeneral = std::max(1.0, std::round(v.pen * y.uniform(0.2, 0.6)));
    v.amt = std::round(v.pen * v.perCase * y.uniform(0.8, 1.25));
    double share = clampTo(share0 + shareSlope * t + 0.06 * y.normal(), 0.3, 1.0);
    if (share > 0.96)
        share = 1.0;
    if (v.lit > 0) {
        v.app = clampTo(std::round(v.lit * share), std::ceil(v.lit * 0.3), v.lit);
        v.rate = std::round(v.app / v.lit * 10000.0) / 100.0;
        v.litDone = std::max(1.0, std::round(v.lit * y.uniform(0.6, 0.9)));
        v.litFirst = std::round(v.lit * y.uniform(0.55, 0.85));
    }
    return v;
}

// ---------------------------------------------------------------------------------------------
// Numbers as reports write them.

const char16_t kCnDigits[] = u"零一二三四五六七八九";

QString chineseSection(int n, bool leading)
{
    static const int divs[] = {1000, 100, 10, 1};
    static const char16_t units[] = {u'千', u'百', u'十', 0};
    QString out;
    bool started = false, zero = false;
    for (int k = 0; k < 4; ++k) {
        const int d = (n / divs[k]) % 10;
        if (d == 0) {
            if (started)
                zero = true;
            continue;
        }
        if (zero) {
            out += u'零';
            zero = false;
        }
        if (divs[k] == 10 && d == 1 && !started && leading) {
            out += u'十';
        } else {
            out += QChar(kCnDigits[d]);
            if (units[k])
                out += QChar(units[k]);
        }
        started = true;
    }
    return out;
}

QString chineseNumeral(qint64 n)
{
    if (n <= 0)
        return QStringLiteral("零");
    if (n < 10000)
        return chineseSection(int(n), true);
    const int hi = int(n / 10000), lo = int(n % 10000);
    QString out = chineseSection(hi, true) + u'万';
    if (lo > 0) {
        if (lo < 1000)
            out += u'零';
        out += chineseSection(lo, false);
    }
    return out;
}

QString toFullWidth(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u >= u'0' && u <= u'9') || u == u'.' || u == u'%')
            c = QChar(char16_t(u - 0x21 + 0xFF01));
    }
    return out;
}

// Trailing zeros off: 87.50 -> 87.5, 100.00 -> 100.
QString trimmedDecimal(double v, int decimals)
{
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

QString scaledDecimal(qint64 units, int decimals)
{
    QString s = QString::number(units);
    if (decimals <= 0)
        return s;
    while (s.size() <= decimals)
        s.prepend(u'0');
    s.insert(s.size() - decimals, u'.');
    return s;
}

QString withThousands(qint64 v)
{
    QString s = QString::number(v);
    for (int i = int(s.size()) - 3; i > 0; i -= 3)
        s.insert(i, u',');
    return s;
}

struct Style {
    bool fullWidth = false;
    bool chineseNumerals = false;
    bool spaced = false;    // stray spaces around numbers, as in pages converted from documents
    double approximate = 0;
};

QString spaced(const QString &number, Rng &rng, const Style &style)
{
    if (!style.spaced || !rng.chance(0.5))
        return number;
    return rng.chance(0.5) ? QStringLiteral(" ") + number : number + QString(rng.between(1, 3), u' ');
}

// A count as written; *shown gets the value the text states.
QString renderCount(double value, Rng &rng, const Style &style, bool allowFancy, double *shown)
{
    const qint64 v = qint64(std::llround(value));
    *shown = double(v);
    if (allowFancy && v >= 1000 && rng.chance(style.approximate)) {
        // Two significant digits, stated as approximate.
        qint64 step = 1;
        while (v / step >= 100)
            step *= 10;
        const int form = rng.between(0, 3);
        if (form == 3) { // 近 + rounded up
            const qint64 up = ((v + step - 1) / step) * step;
            if (up > v) {
                *shown = double(up);
                return QStringLiteral("近") + QString::number(up);
            }
        }
        const qint64 down = (v / step) * step;
        *shown = double(down);
        if (form == 1 && down >= 10000 && down % 1000 == 0)
            return trimmedDecimal(double(down) / 10000.0, 1) + QStringLiteral("万余");
        if (form == 2 && style.chineseNumerals)
            return chineseNumeral(down) + QStringLiteral("余");
        return QString::number(down) + QStringLiteral("余");
    }
    if (allowFancy && style.chineseNumerals && v > 0 && v < 100 && rng.chance(0.45))
        return chineseNumeral(v);
    return spaced(QString::number(v), rng, style);
}

QString renderMoney(double yuan, Rng &rng, const Style &style, bool allowFancy, const QString &forced, double *shown)
{
    if (forced == QLatin1String("wan2")) {
        const qint64 units = std::llround(yuan / 100.0);
        *shown = double(units) * 100.0;
        return scaledDecimal(units, 2) + QStringLiteral("万元");
    }
    if (allowFancy && yuan >= 1e7 && rng.chance(style.approximate * 0.5)) {
        const qint64 wan = qint64(yuan / 1e4);
        qint64 step = 1;
        while (wan / step >= 100)
            step *= 10;
        const qint64 down = (wan / step) * step;
        *shown = double(down) * 1e4;
        return QString::number(down) + QStringLiteral("余万元");
    }
    if (yuan >= 1e8 && rng.chance(0.5)) {
        const int d = rng.chance(0.7) ? 2 : 4;
        qint64 scale = 1;
        for (int k = 0; k < 8 - d; ++k) scale *= 10;
        const qint64 units = std::llround(yuan / double(scale));
        *shown = double(units) * double(scale);
        return scaledDecimal(units, d) + QStringLiteral("亿元");
    }
    if (yuan < 1e5 || (yuan < 3e6 && rng.chance(0.12))) {
        if (yuan < 1e5 && rng.chance(0.3)) {
            const qint64 tenths = std::llround(yuan * 10.0);
            if (tenths % 10 != 0) {
                *shown = double(tenths) / 10.0;
                return scaledDecimal(tenths, 1) + u'元';
            }
        }
        const qint64 v = std::llround(yuan);
        *shown = double(v);
        return spaced(v >= 100000 && rng.chance(0.5) ? withThousands(v) : QString::number(v), rng, style) + u'元';
    }
    static const int decimalsChoice[] = {2, 2, 2, 2, 1, 1, 4, 0};
    const int d = decimalsChoice[rng.between(0, 7)];
    qint64 scale = 1;
    for (int k = 0; k < 4 - d; ++k) scale *= 10;
    const qint64 units = std::llround(yuan / double(scale));
    *shown = double(units) * double(scale);
    // Two decimals are written out (53.70万元); other precisions drop trailing zeros.
    const QString number = d == 2 ? scaledDecimal(units, d) : trimmedDecimal(double(units) / std::pow(10.0, d), d);
    return number + QStringLiteral("万元");
}

QString renderPercent(double v, double *shown)
{
    const double r = std::round(v * 100.0) / 100.0;
    *shown = r;
    return trimmedDecimal(r, 2) + u'%';
}

// ---------------------------------------------------------------------------------------------
// Templates: text placeholders, numbers that are mentions, quotes in [ ].

enum class Role { Body, Part, Department, Campaign, Subunit };

struct NumVar {
    QString key;          // core key when the number is a mention
    double value = 0;
    double previous = -1; // last year's value, for changes
    enum Kind { Count, Money, Percent } kind = Count;
    Role role = Role::Body;
    bool fancy = true;    // may be approximate or in Chinese numerals
    QString forced;       // a fixed money format ("wan2")
};

struct GoldMention {
    QString key;
    double value = 0;
    int start = 0;        // the quote, in the rendered string
    int length = 0;
    bool optional = false;
    Role role = Role::Body;
};

struct Rendered {
    QString text;
    QVector<GoldMention> mentions;
    QString group; // the fact group it was drawn from
};

struct Context {
    Rng *rng = nullptr;
    Style style;
    QHash<QString, QString> text;
    QHash<QString, NumVar> numbers;
    const Data *data = nullptr;
};

QString changePhrase(Context &ctx, const QString &kind, const NumVar &v)
{
    if (v.previous <= 0 || v.value <= 0)
        return {};
    Rng &rng = *ctx.rng;
    const QHash<QString, QStringList> &c = ctx.data->changes;
    if (kind == QLatin1String("chgpp")) {
        const double pp = std::round((v.value - v.previous) * 100.0) / 100.0;
        if (std::fabs(pp) < 0.05)
            return rng.pick(c.value(QStringLiteral("flat")));
        QString p = rng.pick(c.value(pp > 0 ? QStringLiteral("ppUp") : QStringLiteral("ppDown")));
        return p.replace(QLatin1String("{p}"), trimmedDecimal(std::fabs(pp), 2));
    }
    if (kind == QLatin1String("chgn")) {
        const qint64 diff = std::llround(v.value - v.previous);
        if (diff == 0)
            return rng.pick(c.value(QStringLiteral("flat")));
        const bool withPrevious = rng.chance(0.3);
        QString p = rng.pick(c.value(QString(diff > 0 ? QStringLiteral("diffUp") : QStringLiteral("diffDown")) +
                                     (withPrevious ? QStringLiteral("Prev") : QString())));
        p.replace(QLatin1String("{prev}"), QString::number(std::llround(v.previous)));
        return p.replace(QLatin1String("{n}"), QString::number(std::llabs(diff)));
    }
    const double pct = (v.value - v.previous) / v.previous * 100.0;
    if (std::fabs(pct) < 0.5)
        return rng.pick(c.value(QStringLiteral("flat")));
    QString p = rng.pick(c.value(pct > 0 ? QStringLiteral("pctUp") : QStringLiteral("pctDown")));
    return p.replace(QLatin1String("{p}"), trimmedDecimal(std::fabs(pct), 1));
}

// Renders a template. Mentions get the span of their [ ] quote.
Rendered render(const QString &tpl, Context &ctx)
{
    Rendered out;
    Rng &rng = *ctx.rng;
    int quoteStart = -1;
    bool quoteOptional = false;
    QVector<GoldMention> pending;
    double lastShown = 0;
    for (int i = 0; i < tpl.size(); ++i) {
        const QChar c = tpl.at(i);
        if (c == u'[') {
            quoteStart = int(out.text.size());
            quoteOptional = i + 1 < tpl.size() && tpl.at(i + 1) == u'?';
            if (quoteOptional)
                ++i;
            continue;
        }
        if (c == u']' && quoteStart >= 0) {
            for (GoldMention m : pending) {
                m.start = quoteStart;
                m.length = int(out.text.size()) - quoteStart;
                m.optional = m.optional || quoteOptional;
                out.mentions << m;
            }
            pending.clear();
            quoteStart = -1;
            continue;
        }
        if (c != u'{') {
            out.text += c;
            continue;
        }
        const int close = int(tpl.indexOf(u'}', i));
        if (close < 0) {
            out.text += c;
            continue;
        }
        const QString name = tpl.mid(i + 1, close - i - 1);
        i = close;
        const QStringList parts = name.split(u':');
        const QString head = parts.first();
        if (head == QLatin1String("rand") && parts.size() == 3) {
            out.text += QString::number(rng.between(parts.at(1).toInt(), parts.at(2).toInt()));
        } else if (head == QLatin1String("randf") && parts.size() == 3) {
            out.text += QString::number(rng.uniform(parts.at(1).toDouble(), parts.at(2).toDouble()), 'f', 1);
        } else if ((head == QLatin1String("chg") || head == QLatin1String("chgn") || head == QLatin1String("chgpp")) && parts.size() == 2) {
            if (ctx.numbers.contains(parts.at(1)))
                out.text += changePhrase(ctx, head, ctx.numbers.value(parts.at(1)));
        } else if (head == QLatin1String("ratio") && parts.size() == 3) {
            const double a = ctx.numbers.value(parts.at(1)).value, b = ctx.numbers.value(parts.at(2)).value;
            double shown = 0;
            out.text += b > 0 ? renderPercent(a / b * 100.0, &shown) : QStringLiteral("0%");
        } else if (head == QLatin1String("opt") && parts.size() == 2) {
            // A second, optional reading of the number just stated (收到…并立案13件: received too).
            GoldMention m;
            m.key = ctx.numbers.value(parts.at(1)).key;
            m.value = lastShown;
            m.role = Role::Part;
            m.optional = true;
            if (quoteStart >= 0 && !m.key.isEmpty())
                pending << m;
        } else if (head == QLatin1String("zero") && parts.size() == 2) {
            const NumVar v = ctx.numbers.value(parts.at(1));
            GoldMention m;
            m.key = v.key;
            m.value = 0;
            m.role = v.role;
            lastShown = 0;
            if (quoteStart >= 0 && !m.key.isEmpty())
                pending << m;
        } else if (ctx.numbers.contains(head)) {
            const NumVar &v = ctx.numbers[head];
            double shown = v.value;
            QString s;
            switch (v.kind) {
            case NumVar::Count: s = renderCount(v.value, rng, ctx.style, v.fancy, &shown); break;
            case NumVar::Money: s = renderMoney(v.value, rng, ctx.style, v.fancy, v.forced, &shown); break;
            case NumVar::Percent: s = renderPercent(v.value, &shown); break;
            }
            out.text += s;
            lastShown = shown;
            if (!v.key.isEmpty()) {
                if (quoteStart < 0) {
                    qWarning("democorpus: number {%s} outside a quote in: %s", qPrintable(head), qPrintable(tpl));
                } else {
                    GoldMention m;
                    m.key = v.key;
                    m.value = shown;
                    m.role = v.role;
                    pending << m;
                }
            }
        } else if (ctx.text.contains(head)) {
            // Text placeholders may hold placeholders themselves ({U}市场监管局).
            const Rendered inner = render(ctx.text.value(head), ctx);
            out.text += inner.text;
        } else {
            out.text += QLatin1Char('{') + name + QLatin1Char('}');
        }
    }
    return out;
}

bool suits(const Phrase &p, QChar level, const QString &code)
{
    return p.levels.contains(level) && (p.province.isEmpty() || code.startsWith(p.province));
}

const Phrase *pickPhrase(Rng &rng, const QVector<Phrase> &phrases, QChar level, const QString &code = {})
{
    double total = 0;
    for (const Phrase &p : phrases)
        if (suits(p, level, code))
            total += p.weight;
    if (total <= 0)
        return nullptr;
    double x = rng.uniform() * total;
    const Phrase *last = nullptr;
    for (const Phrase &p : phrases) {
        if (!suits(p, level, code))
            continue;
        last = &p;
        if (x < p.weight)
            return &p;
        x -= p.weight;
    }
    return last;
}

// ---------------------------------------------------------------------------------------------
// The document: blocks, then serialised as text or HTML.

struct TableCell {
    QString text;
    QString key;
    double value = 0;
    Role role = Role::Department;
};

struct Block {
    enum Type { Title, Heading, Para, Table, SignOff } type = Para;
    Rendered content;                 // Title, Heading, Para, SignOff (lines joined by \n)
    QString caption;                  // Table
    QStringList header;
    QVector<QVector<TableCell>> rows;
    bool cellPerLine = false;
};

struct Chrome {
    QStringList top;      // before the title
    QStringList info;     // right after the title
    QStringList bottom;   // after the report
    QString published;
    QString time;
    QString site;
    QStringList nav;      // the site's menu (HTML pages)
};

struct Doc {
    QVector<Block> blocks;
    Chrome chrome;
    QString title;
    bool indent = true;
    bool blankLines = false;
    bool htmlEntities = false; // “ ” written as &ldquo; &rdquo; in the page source
    bool htmlIndent = false;   // paragraphs indented with &emsp;&emsp;
};

// Replaces characters outside the quotes; the quotes' spans follow.
Rendered replaceOutsideQuotes(const Rendered &r, const QHash<QChar, QString> &map)
{
    Rendered out;
    out.group = r.group;
    QVector<int> newPos(r.text.size() + 1);
    for (int i = 0; i < r.text.size(); ++i) {
        newPos[i] = int(out.text.size());
        const QChar c = r.text.at(i);
        bool inside = false;
        for (const GoldMention &m : r.mentions)
            if (i >= m.start && i < m.start + m.length)
                inside = true;
        if (!inside && map.contains(c))
            out.text += map.value(c);
        else
            out.text += c;
    }
    newPos[r.text.size()] = int(out.text.size());
    for (GoldMention m : r.mentions) {
        const int end = newPos[m.start + m.length];
        m.start = newPos[m.start];
        m.length = end - m.start;
        out.mentions << m;
    }
    return out;
}

struct Placed {
    QString text;
    QVector<GoldMention> mentions; // start/length in text
};

void appendRendered(Placed &p, const Rendered &r)
{
    const int base = int(p.text.size());
    p.text += r.text;
    for (GoldMention m : r.mentions) {
        m.start += base;
        p.mentions << m;
    }
}

void appendTableRow(Placed &p, const QString &rowText, const QVector<TableCell> &row)
{
    const int base = int(p.text.size());
    p.text += rowText;
    for (const TableCell &c : row) {
        if (c.key.isEmpty())
            continue;
        GoldMention m;
        m.key = c.key;
        m.value = c.value;
        m.role = c.role;
        m.start = base;
        m.length = int(rowText.size());
        p.mentions << m;
    }
}

Placed serialiseText(const Doc &doc)
{
    Placed p;
    const QString indent = doc.indent ? QStringLiteral("\u3000\u3000") : QString();
    const QString gap = doc.blankLines ? QStringLiteral("\n\n") : QStringLiteral("\n");
    for (const QString &l : doc.chrome.top)
        p.text += l + u'\n';
    for (const Block &b : doc.blocks) {
        switch (b.type) {
        case Block::Title:
            appendRendered(p, b.content);
            p.text += u'\n';
            for (const QString &l : doc.chrome.info)
                p.text += l + u'\n';
            p.text += u'\n';
            break;
        case Block::Heading:
            p.text += indent;
            appendRendered(p, b.content);
            p.text += gap;
            break;
        case Block::Para:
            p.text += indent;
            appendRendered(p, b.content);
            p.text += gap;
            break;
        case Block::SignOff:
            p.text += u'\n';
            appendRendered(p, b.content);
            p.text += gap;
            break;
        case Block::Table: {
            p.text += b.caption + u'\n';
            const QString sep = b.cellPerLine ? QStringLiteral("\n") : QStringLiteral(" | ");
            p.text += b.header.join(sep) + u'\n';
            for (const QVector<TableCell> &row : b.rows) {
                QStringList cells;
                for (const TableCell &c : row)
                    cells << c.text;
                appendTableRow(p, cells.join(sep), row);
                p.text += u'\n';
            }
            p.text += gap;
            break;
        }
        }
    }
    for (const QString &l : doc.chrome.bottom)
        p.text += l + u'\n';
    return p;
}

Placed serialiseHtml(const Doc &doc, const QString &charset, Rng &rng)
{
    Placed p;
    const bool httpEquiv = rng.chance(0.5);
    p.text += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n");
    if (httpEquiv)
        p.text += QStringLiteral("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%1\">\n").arg(charset);
    else
        p.text += QStringLiteral("<meta charset=\"%1\">\n").arg(charset);
    const QString site = doc.chrome.site;
    p.text += QStringLiteral("<title>") + doc.title + (site.isEmpty() ? QString() : QStringLiteral("_") + site) + QStringLiteral("</title>\n");
    p.text += QStringLiteral("<meta name=\"ArticleTitle\" content=\"") + doc.title + QStringLiteral("\">\n");
    if (!doc.chrome.published.isEmpty())
        p.text += QStringLiteral("<meta name=\"PubDate\" content=\"%1 %2\">\n").arg(doc.chrome.published, doc.chrome.time);
    p.text += QStringLiteral("<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/article.css\">\n"
                             "<script type=\"text/javascript\" src=\"/js/jquery.min.js\"></script>\n"
                             "<style>.content p{text-indent:2em;line-height:2;}</style>\n</head>\n<body>\n");
    if (!doc.chrome.nav.isEmpty()) {
        p.text += QStringLiteral("<div class=\"nav\"><ul>");
        for (const QString &item : doc.chrome.nav)
            p.text += QStringLiteral("<li><a href=\"#\">") + item + QStringLiteral("</a></li>");
        p.text += QStringLiteral("</ul></div>\n");
    }
    if (!doc.chrome.top.isEmpty()) {
        p.text += QStringLiteral("<div class=\"header\">\n");
        for (const QString &l : doc.chrome.top)
            p.text += QStringLiteral("<div class=\"bar\">") + l + QStringLiteral("</div>\n");
        p.text += QStringLiteral("</div>\n");
    }
    p.text += QStringLiteral("<div class=\"article\">\n");
    int openContent = 0;
    for (const Block &b : doc.blocks) {
        switch (b.type) {
        case Block::Title:
            p.text += QStringLiteral("<h1 class=\"title\">");
            appendRendered(p, b.content);
            p.text += QStringLiteral("</h1>\n");
            for (const QString &l : doc.chrome.info)
                p.text += QStringLiteral("<div class=\"info\">") + l + QStringLiteral("</div>\n");
            p.text += QStringLiteral("<div class=\"content\" id=\"zoom\">\n");
            openContent = 1;
            break;
        case Block::Heading:
            p.text += QStringLiteral("<p><strong>");
            appendRendered(p, b.content);
            p.text += QStringLiteral("</strong></p>\n");
            break;
        case Block::Para: {
            p.text += doc.htmlIndent ? QStringLiteral("<p>&emsp;&emsp;") : QStringLiteral("<p>");
            static const QHash<QChar, QString> entities = {{QChar(0x201C), QStringLiteral("&ldquo;")},
                                                           {QChar(0x201D), QStringLiteral("&rdquo;")}};
            appendRendered(p, doc.htmlEntities ? replaceOutsideQuotes(b.content, entities) : b.content);
            p.text += QStringLiteral("</p>\n");
            break;
        }
        case Block::SignOff: {
            p.text += QStringLiteral("<p style=\"text-align:right\">");
            Rendered r = b.content;
            // Lines of the sign-off become <br>; the rendered text has no mentions.
            r.text.replace(u'\n', QStringLiteral("<br>"));
            appendRendered(p, r);
            p.text += QStringLiteral("</p>\n");
            break;
        }
        case Block::Table: {
            p.text += QStringLiteral("<p>") + b.caption + QStringLiteral("</p>\n");
            p.text += QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\">\n<tr>");
            for (const QString &h : b.header)
                p.text += QStringLiteral("<th>") + h + QStringLiteral("</th>");
            p.text += QStringLiteral("</tr>\n");
            for (const QVector<TableCell> &row : b.rows) {
                QString rowText = QStringLiteral("<tr>");
                for (const TableCell &c : row)
                    rowText += QStringLiteral("<td>") + c.text + QStringLiteral("</td>");
                rowText += QStringLiteral("</tr>");
                appendTableRow(p, rowText, row);
                p.text += u'\n';
            }
            p.text += QStringLiteral("</table>\n");
            break;
        }
        }
    }
    if (openContent)
        p.text += QStringLiteral("</div>\n");
    for (const QString &l : doc.chrome.bottom)
        p.text += QStringLiteral("<div class=\"foot\">") + l + QStringLiteral("</div>\n");
    p.text += QStringLiteral("</div>\n</body>\n</html>\n");
    return p;
}

// ---------------------------------------------------------------------------------------------
// Traditional characters through ICU.

class Traditional
{
public:
    Traditional()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_t.reset(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_t.reset();
    }
    bool ok() const { return m_t != nullptr; }
    QString convert(const QString &s) const
    {
        if (!m_t)
            return s;
        icu::UnicodeString u(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
        m_t->transliterate(u);
        return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
    }

private:
    std::unique_ptr<icu::Transliterator> m_t;
};

// ---------------------------------------------------------------------------------------------
// One report.

struct Slot {
    int region;
    int year;
};

const char16_t *const kWeekdays[] = {u"星期一", u"星期二", u"星期三", u"星期四", u"星期五", u"星期六", u"星期日"};

QString chineseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

class ReportBuilder
{
public:
    ReportBuilder(const Data &data, const Region &region, int year, const DemoOptions &options, const Traditional &trad)
        : m_data(data), m_r(region), m_year(year), m_options(options), m_trad(trad),
          m_rng(mix(mix(options.seed, hashString(region.code + region.dept)), quint32(year) * 40503u + 17u))
    {
    }

    DemoReport build(int index);

private:
    void setUpContext();
    void addNumbers(const Values &v, const Values &prev);
    Rendered fact(const QString &group);
    void addPara(const Rendered &r)
    {
        if (!r.text.isEmpty())
            m_doc.blocks.append(Block{Block::Para, r, {}, {}, {}, false});
    }
    void addHeading(const QString &text)
    {
        Rendered r;
        r.text = text;
        m_doc.blocks.append(Block{Block::Heading, r, {}, {}, {}, false});
    }
    Rendered filler(const QString &kind);
    void buildChrome();
    Block makeTable();
    Block makeTransposedTable();
    QString deptName();

    const Data &m_data;
    const Region &m_r;
    int m_year;
    const DemoOptions &m_options;
    const Traditional &m_trad;
    Rng m_rng;
    Context m_ctx;
    Doc m_doc;
    Values m_v, m_prev;
    QStringList m_usedDepts;
    bool m_table = false;
};

QString ReportBuilder::deptName()
{
    const QStringList &pool = m_r.levelCode == u's' ? m_data.deptStreet : m_data.deptDistrict;
    QStringList free;
    for (const QString &d : pool)
        if (!m_usedDepts.contains(d))
            free << d;
    const QString d = m_rng.pick(free.isEmpty() ? pool : free);
    m_usedDepts << d;
    return d;
}

void ReportBuilder::setUpContext()
{
    m_ctx.rng = &m_rng;
    m_ctx.data = &m_data;
    QHash<QString, QString> &t = m_ctx.text;
    const QString U(m_r.unit);
    t.insert(QStringLiteral("U"), U);
    t.insert(QStringLiteral("R"), m_r.name);
    t.insert(QStringLiteral("Y"), QString::number(m_year));
    t.insert(QStringLiteral("Y1"), QString::number(m_year + 1));
    t.insert(QStringLiteral("PY"), QString::number(m_year - 1));
    {
        QString ycn;
        for (QChar c : QString::number(m_year))
            ycn += c == u'0' ? QChar(u'〇') : QChar(kCnDigits[c.digitValue()]);
        t.insert(QStringLiteral("Ycn"), ycn);
    }
    t.insert(QStringLiteral("self"), m_r.levelCode == u'g' ? m_r.name + m_r.dept : m_r.name);
    // Wordings of the time (习近平法治思想 from 2020, “八五”普法 from 2021, ...).
    for (const auto &era : m_data.eras)
        for (const auto &w : era.second)
            if (m_year >= w.first) {
                t.insert(era.first, w.second);
                break;
            }
    const bool town = m_r.levelCode == u's' && m_r.unit != u'街';
    QString gov, govFull, lead, upper;
    switch (m_r.levelCode.unicode()) {
    case u'p': gov = m_rng.pick(QStringList{QStringLiteral("省政府"), QStringLiteral("省人民政府")}); lead = QStringLiteral("省委、省政府"); upper = QStringLiteral("国务院"); break;
    case u'c': gov = m_rng.pick(QStringList{QStringLiteral("市政府"), QStringLiteral("市人民政府")}); lead = QStringLiteral("市委、市政府"); upper = QStringLiteral("省政府"); break;
    case u'd': gov = m_rng.pick(QStringList{U + QStringLiteral("政府"), U + QStringLiteral("人民政府")}); lead = U + QStringLiteral("委、") + U + QStringLiteral("政府");
        upper = m_r.parents.isEmpty() ? QStringLiteral("市政府") : m_r.parents.first().right(1) + QStringLiteral("政府"); break;
    case u's': gov = town ? QStringLiteral("镇政府") : QStringLiteral("街道办事处"); lead = town ? QStringLiteral("镇党委") : QStringLiteral("街道党工委");
        upper = QStringLiteral("区政府"); break;
    default: gov = QStringLiteral("全局"); lead = U + QStringLiteral("委、") + U + QStringLiteral("政府"); upper = U + QStringLiteral("政府"); break;
    }
    if (m_r.levelCode == u'g')
        govFull = m_r.name + m_r.dept;
    else if (m_r.levelCode == u's' && !m_r.parents.isEmpty())
        govFull = town ? m_r.parents.first() + m_r.name + QStringLiteral("人民政府")
                       : m_r.parents.first() + QStringLiteral("人民政府") + m_r.name + QStringLiteral("办事处");
    else if (m_r.levelCode == u's')
        govFull = m_r.name + (town ? QStringLiteral("人民政府") : QStringLiteral("办事处"));
    else
        govFull = m_r.name + QStringLiteral("人民政府");
    t.insert(QStringLiteral("gov"), gov);
    t.insert(QStringLiteral("govfull"), govFull);
    t.insert(QStringLiteral("lead"), lead);
    t.insert(QStringLiteral("up"), upper.left(upper.size() - 2));
    t.insert(QStringLiteral("gt"), town ? QStringLiteral("人民政府") : QStringLiteral("办事处"));
    t.insert(QStringLiteral("dn"), m_r.dept);
    const QString docPrefix = m_r.name.left(1) + (m_r.levelCode == u'g' ? m_r.dept.left(1) : QStringLiteral("政")) + QStringLiteral("发");
    t.insert(QStringLiteral("docno"), QStringLiteral("%1〔%2〕%3号").arg(docPrefix).arg(m_year).arg(m_rng.between(1, 60)));
    const int m1 = m_rng.between(3, 7);
    t.insert(QStringLiteral("m1"), QString::number(m1));
    t.insert(QStringLiteral("m2"), QString::number(m_rng.between(m1 + 1, 11)));
}

void ReportBuilder::addNumbers(const Values &v, const Values &prev)
{
    auto count = [&](const char *name, const char *key, double value, double previous, Role role, bool fancy = true) {
        NumVar n;
        n.key = QString::fromLatin1(key);
        n.value = value;
        n.previous = previous;
        n.role = role;
        n.fancy = fancy;
        if (role == Role::Part)
            n.previous = -1;
        m_ctx.numbers.insert(QString::fromLatin1(name), n);
    };
    auto money = [&](const char *name, double value, double previous, Role role) {
        NumVar n;
        n.key = QStringLiteral("penalty.amount");
        n.kind = NumVar::Money;
        n.value = value;
        n.previous = previous;
        n.role = role;
        m_ctx.numbers.insert(QString::fromLatin1(name), n);
    };
    count("recv", "reconsideration.received", v.recv, prev.recv, Role::Body);
    count("acc", "reconsideration.accepted", v.acc, prev.acc, Role::Body);
    count("carry", "reconsideration.accepted", v.carry, -1, Role::Part);
    count("concl", "reconsideration.concluded", v.concl, prev.concl, Role::Body);
    count("corr", "reconsideration.corrected", v.corr, prev.corr, Role::Body);
    count("pen", "penalty.cases", v.pen, prev.pen, Role::Body);
    count("pen_part", "penalty.cases", v.penPart, -1, Role::Part);
    count("pen_closed", "penalty.cases", v.penClosed, -1, Role::Part);
    count("pen_general", "penalty.cases", v.penGeneral, -1, Role::Part);
    count("pen_simple", "penalty.cases", v.pen - v.penGeneral, -1, Role::Part);
    count("maintain", "", v.maintain, -1, Role::Part, false);
    count("reject", "", v.reject, -1, Role::Part, false);
    money("amt", v.amt, prev.amt, Role::Body);
    count("insp", "enforcement.inspections", v.insp, prev.insp, Role::Body);
    count("lit", "litigation.cases", v.lit, prev.lit, Role::Body);
    count("lit_done", "litigation.cases", v.litDone, -1, Role::Part);
    count("lit1", "litigation.cases", v.litFirst, -1, Role::Part);
    count("lit2", "litigation.cases", v.lit - v.litFirst, -1, Role::Part);
    count("app", "court.appearances", v.app, prev.app, Role::Body);
    NumVar rate;
    rate.key = QStringLiteral("court.appearance_rate");
    rate.kind = NumVar::Percent;
    rate.value = v.rate;
    rate.previous = prev.lit > 0 ? prev.rate : -1;
    m_ctx.numbers.insert(QStringLiteral("rate"), rate);
    NumVar prevRate;
    prevRate.kind = NumVar::Percent;
    prevRate.value = prev.rate;
    m_ctx.numbers.insert(QStringLiteral("prevrate"), prevRate);
}

Rendered ReportBuilder::filler(const QString &kind)
{
    const Phrase *p = pickPhrase(m_rng, m_data.groups.value(QStringLiteral("fillers.") + kind), m_r.levelCode);
    return p ? render(p->text, m_ctx) : Rendered{};
}

// Draws a fact of a group; the department, campaign and sub-unit figures are drawn fresh.
// Whether the report's figures fit a phrasing (由上年的X提高到Y needs last year's rate, 其中维持…驳回… parts).
bool fits(const QString &text, const Values &v, const Values &prev)
{
    if (text.contains(QLatin1String("{prevrate}")) && (prev.lit <= 0 || prev.rate >= v.rate))
        return false;
    if (text.contains(QLatin1String("{maintain}")) && (v.maintain < 1 || v.reject < 1))
        return false;
    if (text.contains(QLatin1String("{pen_simple}")) && v.pen - v.penGeneral < 1)
        return false;
    if (text.contains(QLatin1String("{lit1}")) && (v.litFirst < 1 || v.lit - v.litFirst < 1))
        return false;
    return true;
}

Rendered ReportBuilder::fact(const QString &group)
{
    const QVector<Phrase> &phrases = m_data.groups[QStringLiteral("facts.") + group];
    const Phrase *p = nullptr;
    for (int attempt = 0; attempt < 8; ++attempt) {
        p = pickPhrase(m_rng, phrases, m_r.levelCode, m_r.code);
        if (!p || fits(p->text, m_v, m_prev))
            break;
        p = nullptr;
    }
    if (!p)
        return {};
    QHash<QString, NumVar> &n = m_ctx.numbers;
    auto setPart = [&](const char *name, const char *key, double value, Role role, NumVar::Kind kind = NumVar::Count) {
        NumVar x;
        x.key = QString::fromLatin1(key);
        x.value = value;
        x.role = role;
        x.kind = kind;
        n.insert(QString::fromLatin1(name), x);
    };
    if (group == QLatin1String("dept")) {
        m_ctx.text.insert(QStringLiteral("dept"), deptName());
        const SectorDept &s = m_rng.pick(m_data.sectorDepts);
        m_ctx.text.insert(QStringLiteral("sector"), s.sector);
        m_ctx.text.insert(QStringLiteral("dunit"), s.dunit);
        m_ctx.text.insert(QStringLiteral("field"), s.field);
        const double pen = std::max(3.0, std::round(m_v.pen * m_rng.uniform(0.04, 0.3)));
        setPart("d_pen", "penalty.cases", pen, Role::Department);
        setPart("d_amt", "penalty.amount", std::round(pen * m_v.perCase * m_rng.uniform(0.5, 1.8)), Role::Department, NumVar::Money);
        setPart("d_insp", "enforcement.inspections", std::max(50.0, std::round(m_v.insp * m_rng.uniform(0.04, 0.3))), Role::Department);
    } else if (group == QLatin1String("campaign") || group == QLatin1String("campaignDistractor")) {
        m_ctx.text.insert(QStringLiteral("camp"), m_rng.pick(m_data.campaigns));
        const double pen = std::max(2.0, std::round(m_v.pen * m_rng.uniform(0.02, 0.12)));
        setPart("c_pen", "penalty.cases", pen, Role::Campaign);
        setPart("c_amt", "penalty.amount", std::round(pen * m_v.perCase * m_rng.uniform(0.6, 1.5)), Role::Campaign, NumVar::Money);
        setPart("c_insp", "enforcement.inspections", std::max(30.0, std::round(m_v.insp * m_rng.uniform(0.02, 0.12))), Role::Campaign);
    } else if (group == QLatin1String("subunit")) {
        m_ctx.text.insert(QStringLiteral("subs"), m_rng.pick(m_data.subunits.value(QString(m_r.unit))));
        const double pen = std::max(10.0, std::round(m_v.pen * m_rng.uniform(0.1, 0.4)));
        setPart("s_pen", "penalty.cases", pen, Role::Subunit);
        setPart("s_amt", "penalty.amount", std::round(pen * m_v.perCase * m_rng.uniform(0.4, 1.0)), Role::Subunit, NumVar::Money);
        setPart("s_insp", "enforcement.inspections", std::max(100.0, std::round(m_v.insp * m_rng.uniform(0.15, 0.5))), Role::Subunit);
    }
    Rendered r = render(p->text, m_ctx);
    r.group = group;
    return r;
}

// A table of departments whose total row is the body's figure; the text then states the same
// totals, so the body values are set from the table.
Block ReportBuilder::makeTable()
{
    Block b;
    b.type = Block::Table;
    b.caption = render(m_rng.pick(m_data.tableCaptions), m_ctx).text;
    QStringList cols;
    if (m_rng.chance(0.7)) cols << QStringLiteral("insp");
    cols << QStringLiteral("pen");
    if (m_rng.chance(0.75)) cols << QStringLiteral("amt");
    b.header << m_rng.pick(m_data.tableFirst);
    for (const QString &c : cols)
        b.header << m_rng.pick(m_data.tableColumns.value(c));
    const int nDepts = m_rng.between(3, 5);
    QStringList depts;
    for (int i = 0; i < nDepts; ++i)
        depts << render(deptName(), m_ctx).text;
    // Shares of each department, then integer parts that add up to the total.
    auto split = [&](qint64 total) {
        QVector<double> w;
        double sum = 0;
        for (int i = 0; i < nDepts; ++i) {
            w << m_rng.uniform(0.3, 1.0);
            sum += w.last();
        }
        QVector<qint64> parts;
        qint64 used = 0;
        for (int i = 0; i < nDepts; ++i) {
            const qint64 x = i + 1 == nDepts ? total - used : qint64(std::floor(double(total) * w[i] / sum));
            parts << x;
            used += x;
        }
        return parts;
    };
    QVector<QVector<qint64>> columns;
    QVector<qint64> totals;
    for (const QString &c : cols) {
        qint64 total = 0;
        if (c == QLatin1String("insp")) total = qint64(m_v.insp);
        else if (c == QLatin1String("pen")) total = qint64(m_v.pen);
        else total = std::llround(m_v.amt / 100.0); // hundreds of yuan: 万元 with two decimals
        totals << total;
        columns << split(total);
    }
    auto cell = [&](const QString &c, qint64 v, Role role) {
        TableCell t;
        t.role = role;
        if (c == QLatin1String("amt")) {
            t.text = scaledDecimal(v, 2);
            t.key = QStringLiteral("penalty.amount");
            t.value = double(v) * 100.0;
        } else {
            t.text = QString::number(v);
            t.key = c == QLatin1String("insp") ? QStringLiteral("enforcement.inspections") : QStringLiteral("penalty.cases");
            t.value = double(v);
        }
        return t;
    };
    for (int i = 0; i < nDepts; ++i) {
        QVector<TableCell> row;
        TableCell label;
        label.text = depts.at(i);
        row << label;
        for (int c = 0; c < cols.size(); ++c)
            row << cell(cols.at(c), columns.at(c).at(i), Role::Department);
        b.rows << row;
    }
    QVector<TableCell> totalRow;
    TableCell label;
    label.text = m_rng.pick(m_data.tableTotal);
    totalRow << label;
    for (int c = 0; c < cols.size(); ++c)
        totalRow << cell(cols.at(c), totals.at(c), Role::Body);
    b.rows << totalRow;
    // The text's totals agree with the table.
    if (cols.contains(QStringLiteral("amt"))) {
        m_v.amt = double(totals.at(cols.indexOf(QStringLiteral("amt")))) * 100.0;
        NumVar &amt = m_ctx.numbers[QStringLiteral("amt")];
        amt.value = m_v.amt;
        amt.forced = QStringLiteral("wan2");
    }
    m_ctx.numbers[QStringLiteral("pen")].fancy = false;
    m_ctx.numbers[QStringLiteral("insp")].fancy = false;
    b.cellPerLine = m_rng.chance(0.3);
    return b;
}

// Last year and this year side by side; this year's column states the body's figures.
Block ReportBuilder::makeTransposedTable()
{
    Block b;
    b.type = Block::Table;
    b.caption = render(m_rng.pick(m_data.transposedCaptions), m_ctx).text;
    b.header << m_rng.pick(m_data.transposedFirst) << QStringLiteral("%1年").arg(m_year - 1) << QStringLiteral("%1年").arg(m_year);
    QVector<QPair<QString, QStringList>> rows;
    for (const auto &r : m_data.transposedRows) {
        const QString &v = r.first;
        if ((v == QLatin1String("acc") && (m_v.acc <= 0 || m_prev.acc <= 0)) ||
            ((v == QLatin1String("lit") || v == QLatin1String("rate")) && (m_v.lit <= 0 || m_prev.lit <= 0)))
            continue;
        if (v != QLatin1String("pen") && m_rng.chance(0.3))
            continue;
        rows << r;
    }
    for (const auto &r : rows) {
        const QString &v = r.first;
        NumVar &var = m_ctx.numbers[v];
        auto cellOf = [&](double value, bool current) {
            TableCell c;
            if (v == QLatin1String("amt")) {
                const qint64 units = std::llround(value / 100.0);
                c.text = scaledDecimal(units, 2);
                value = double(units) * 100.0;
            } else if (v == QLatin1String("rate")) {
                c.text = trimmedDecimal(value, 2);
            } else {
                c.text = QString::number(std::llround(value));
            }
            if (current) {
                c.key = var.key;
                c.value = value;
                c.role = Role::Body;
            }
            return c;
        };
        const double previous = v == QLatin1String("amt") ? m_prev.amt : var.previous;
        QVector<TableCell> row;
        TableCell label;
        label.text = m_rng.pick(r.second);
        row << label << cellOf(previous, false) << cellOf(var.value, true);
        b.rows << row;
        // The prose states the same figures as the table.
        var.fancy = false;
        if (v == QLatin1String("amt")) {
            var.value = row.last().value;
            var.forced = QStringLiteral("wan2");
            m_v.amt = var.value;
        }
    }
    return b;
}

void ReportBuilder::buildChrome()
{
    const QHash<QString, QStringList> &c = m_data.chrome;
    Chrome &ch = m_doc.chrome;
    ch.site = m_ctx.text.value(QStringLiteral("govfull"));
    if (m_r.levelCode == u'g')
        ch.site = m_r.name + QStringLiteral("人民政府");
    else if (m_r.levelCode == u's')
        ch.site = (m_r.parents.isEmpty() ? m_r.name : m_r.parents.first()) + QStringLiteral("人民政府");
    const QDate pub(m_year + 1, m_rng.between(1, 4), m_rng.between(1, 28));
    const QDate seen = pub.addDays(m_rng.between(20, 900));
    QHash<QString, QString> &t = m_ctx.text;
    t.insert(QStringLiteral("site"), ch.site);
    t.insert(QStringLiteral("date"), chineseDate(seen));
    t.insert(QStringLiteral("weekday"), QString::fromUtf16(kWeekdays[seen.dayOfWeek() - 1]));
    t.insert(QStringLiteral("pub"), pub.toString(QStringLiteral("yyyy-MM-dd")));
    t.insert(QStringLiteral("hhmm"), QStringLiteral("%1:%2").arg(m_rng.between(8, 18), 2, 10, QLatin1Char('0')).arg(m_rng.between(0, 59), 2, 10, QLatin1Char('0')));
    t.insert(QStringLiteral("views"), QString::number(m_rng.between(30, 9000)));
    ch.time = t.value(QStringLiteral("hhmm"));
    if (m_rng.chance(0.6)) {
        QStringList menu = c.value(QStringLiteral("menu"));
        m_rng.shuffle(menu);
        ch.nav = menu.mid(0, m_rng.between(4, 6));
        ch.nav.prepend(QStringLiteral("首页"));
    }
    t.insert(QStringLiteral("abbr"), m_r.abbr);
    t.insert(QStringLiteral("sitecode"), m_r.code.leftJustified(6, u'0').left(6) + QString::number(m_rng.between(1000, 9999)));
    if (const Phrase *source = pickPhrase(m_rng, m_data.groups.value(QStringLiteral("chrome.sources")), m_r.levelCode))
        t.insert(QStringLiteral("source"), render(source->text, m_ctx).text);
    auto line = [&](const QString &group) { return render(m_rng.pick(c.value(group)), m_ctx).text; };
    if (m_rng.chance(0.5))
        ch.top << line(QStringLiteral("banner"));
    if (m_rng.chance(0.85))
        ch.top << line(QStringLiteral("where"));
    if (m_rng.chance(0.85)) {
        ch.info << line(QStringLiteral("info"));
        ch.published = t.value(QStringLiteral("pub"));
    } else {
        ch.info << line(QStringLiteral("infoNoDate"));
    }
    if (m_rng.chance(0.7))
        ch.info << line(QStringLiteral("tools"));
    if (m_rng.chance(0.8))
        ch.bottom << line(QStringLiteral("bottom"));
    QStringList footer = c.value(QStringLiteral("footer"));
    const int nFooter = m_rng.between(1, int(footer.size()));
    for (int i = 0; i < nFooter; ++i)
        ch.bottom << render(footer.at(i), m_ctx).text;
}

DemoReport ReportBuilder::build(int index)
{
    DemoReport rep;
    const QChar L = m_r.levelCode;
    const bool traditional = m_rng.chance(m_options.traditionalShare) && m_trad.ok();
    const bool html = m_rng.chance(m_options.htmlShare);
    const bool otherEncoding = m_rng.chance(m_options.otherEncodingShare);
    const bool chrome = m_options.chrome && (html || m_rng.chance(0.45));
    m_ctx.style.fullWidth = m_rng.chance(0.08);
    m_ctx.style.chineseNumerals = m_rng.chance(0.35);
    m_ctx.style.approximate = m_rng.chance(0.35) ? 0.3 : 0.0;
    m_ctx.style.spaced = !m_ctx.style.fullWidth && m_rng.chance(0.06);
    m_doc.indent = m_rng.chance(0.6);
    m_doc.blankLines = m_rng.chance(0.4);
    m_doc.htmlEntities = m_rng.chance(0.5);
    m_doc.htmlIndent = m_rng.chance(0.4);

    setUpContext();
    m_v = valuesFor(m_r, m_year, m_options.seed);
    m_prev = valuesFor(m_r, m_year - 1, m_options.seed);
    addNumbers(m_v, m_prev);

    // The title, with the divisions around the name when the name alone is ambiguous.
    QString written = m_r.name;
    const bool chain = m_r.ambiguous || m_rng.chance(0.35);
    if (chain && !m_r.parents.isEmpty()) {
        if (L == u's' && m_r.parents.size() >= 2 && m_rng.chance(0.6))
            written = m_r.parents.at(1) + m_r.parents.at(0) + written;
        else
            written = m_r.parents.at(0) + written;
    }
    m_ctx.text.insert(QStringLiteral("name"), written);
    // Most titles name the region and the year; some only one of them (the page's site or the
    // body says the rest).
    const bool regionInTitle = L == u'g' || !m_rng.chance(0.08);
    const bool yearInTitle = !regionInTitle || m_rng.chance(0.82);
    const QString titleGroup = !regionInTitle ? QStringLiteral("titles.withoutRegion")
                               : yearInTitle ? QStringLiteral("titles.withYear") : QStringLiteral("titles.withoutYear");
    const Phrase *titlePhrase = pickPhrase(m_rng, m_data.groups.value(titleGroup), L);
    if (!titlePhrase)
        titlePhrase = pickPhrase(m_rng, m_data.groups.value(QStringLiteral("titles.withYear")), L);
    m_doc.title = render(titlePhrase->text, m_ctx).text;
    {
        Rendered r;
        r.text = m_doc.title;
        m_doc.blocks.append(Block{Block::Title, r, {}, {}, {}, false});
    }
    if (chrome)
        buildChrome();

    // Which figures the report states.
    const bool justice = m_r.dept.contains(QStringLiteral("司法"));
    bool recon = false, litig = false, pen = false, insp = false, dept = false, campaign = false, subunit = false, platform = false;
    int nDept = 0;
    switch (L.unicode()) {
    case u's':
        recon = m_rng.chance(0.5); litig = m_rng.chance(0.6); pen = m_rng.chance(0.5); insp = m_rng.chance(0.45);
        dept = m_rng.chance(0.75); campaign = m_rng.chance(0.2);
        break;
    case u'g':
        recon = m_rng.chance(justice ? 0.95 : 0.5); litig = m_rng.chance(0.8);
        pen = m_rng.chance(justice ? 0.3 : 0.9); insp = m_rng.chance(justice ? 0.25 : 0.85);
        break;
    default:
        recon = m_rng.chance(0.9); litig = m_rng.chance(0.85); pen = m_rng.chance(0.8); insp = m_rng.chance(0.7);
        dept = m_rng.chance(0.6); campaign = m_rng.chance(0.35);
        subunit = L == u'd' && m_data.subunits.contains(QString(m_r.unit)) && m_rng.chance(0.3);
        platform = (L == u'd' || L == u'c') && pen && insp && m_rng.chance(0.12);
        m_table = (pen || insp) && m_rng.chance(0.18);
        break;
    }
    if (!recon && !litig && !pen && !insp && !dept) {
        recon = true;
        litig = m_v.lit > 0;
    }
    if (dept)
        nDept = m_rng.chance(0.4) ? 2 : 1;

    Block table;
    if (m_table)
        table = m_rng.chance(0.35) ? makeTransposedTable() : makeTable();

    // The enforcement paragraphs: body facts may share a paragraph; department facts open their own.
    QVector<Rendered> enforceBody, enforceOther;
    if (platform) {
        enforceBody << fact(QStringLiteral("platform"));
    } else {
        if (pen) enforceBody << fact(QStringLiteral("pen"));
        if (insp) enforceBody << fact(QStringLiteral("insp"));
    }
    for (int i = 0; i < nDept; ++i)
        enforceOther << fact(QStringLiteral("dept"));
    if (campaign)
        enforceOther << fact(QStringLiteral("campaign"));
    if (m_rng.chance(0.3))
        enforceOther << fact(QStringLiteral("campaignDistractor"));
    if (subunit)
        enforceOther << fact(QStringLiteral("subunit"));
    QVector<Rendered> oversight;
    if (recon)
        oversight << fact(m_v.recv > 0 || m_v.acc > 0 ? QStringLiteral("recon") : QStringLiteral("reconZero"));
    if (litig)
        oversight << fact(m_v.lit > 0 ? QStringLiteral("litig") : QStringLiteral("litigZero"));

    // Opening.
    const Phrase *opening = pickPhrase(m_rng, m_data.groups.value(QStringLiteral("openings")), L);
    if (opening)
        addPara(render(opening->text, m_ctx));
    addHeading(render(m_rng.pick(m_data.mainHeads), m_ctx).text);

    static const char16_t *const cnOrd[] = {u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九"};
    int sub = 0;
    const bool numberedItems = m_rng.chance(0.3);
    auto join = [](const Rendered &a, const Rendered &b) {
        Rendered r = a;
        if (r.group.isEmpty())
            r.group = b.group;
        const int base = int(r.text.size());
        r.text += b.text;
        for (GoldMention m : b.mentions) {
            m.start += base;
            r.mentions << m;
        }
        return r;
    };
    QStringList usedItems;
    auto itemPrefix = [&](const QString &group, int n) {
        QStringList heads;
        for (const QString &h : m_data.itemHeads.value(group.isEmpty() ? QStringLiteral("filler") : group))
            if (!usedItems.contains(h))
                heads << h;
        if (heads.isEmpty())
            heads = m_data.itemHeads.value(QStringLiteral("filler"));
        const QString head = m_rng.pick(heads);
        usedItems << head;
        Rendered r;
        r.text = QStringLiteral("%1.%2。").arg(n).arg(head);
        return r;
    };
    auto emitFacts = [&](QVector<Rendered> body, QVector<Rendered> other) {
        int item = 0;
        // Body facts: one paragraph each, or two sharing one.
        QVector<Rendered> paras;
        for (int i = 0; i < body.size(); ++i) {
            if (i + 1 < body.size() && m_rng.chance(0.35)) {
                paras << join(body.at(i), body.at(i + 1));
                ++i;
            } else {
                paras << body.at(i);
            }
        }
        m_rng.shuffle(other);
        paras += other;
        for (Rendered p : paras) {
            if (p.text.isEmpty())
                continue;
            if (numberedItems)
                p = join(itemPrefix(p.group, ++item), p);
            addPara(p);
        }
    };
    for (const auto &s : m_data.subsections) {
        const QString &kind = s.first;
        const bool essential = kind == QLatin1String("enforce") || kind == QLatin1String("oversight");
        if (!essential && m_rng.chance(0.3))
            continue;
        addHeading(QStringLiteral("（%1）%2").arg(QString::fromUtf16(cnOrd[qMin(sub, 8)]), m_rng.pick(s.second)));
        ++sub;
        const Rendered fill = filler(kind);
        const bool fillFirst = m_rng.chance(0.5);
        if (kind == QLatin1String("enforce")) {
            if (fillFirst || (enforceBody.isEmpty() && enforceOther.isEmpty())) addPara(fill);
            emitFacts(enforceBody, enforceOther);
            if (m_table && m_rng.chance(0.6)) {
                m_doc.blocks.append(table);
                m_table = false;
            }
            if (!fillFirst && !(enforceBody.isEmpty() && enforceOther.isEmpty())) addPara(filler(kind));
        } else if (kind == QLatin1String("oversight")) {
            if (fillFirst || oversight.isEmpty()) addPara(fill);
            emitFacts(oversight, {});
            if (!fillFirst && !oversight.isEmpty()) addPara(filler(kind));
        } else {
            addPara(fill);
            if (m_rng.chance(0.4))
                addPara(filler(kind));
        }
    }
    addHeading(render(m_rng.pick(m_data.shortHeads), m_ctx).text);
    addPara(filler(QStringLiteral("shortcomings")));
    addHeading(render(m_rng.pick(m_data.planHeads), m_ctx).text);
    {
        // An opening paragraph and numbered items, or items only.
        const QVector<Phrase> items = m_data.groups.value(QStringLiteral("fillers.plan"));
        if (m_rng.chance(0.6))
            addPara(filler(QStringLiteral("planOpen")));
        QVector<int> order;
        for (int i = 0; i < items.size(); ++i)
            order << i;
        m_rng.shuffle(order);
        const int n = qMin(int(items.size()), m_rng.between(2, 3));
        for (int i = 0; i < n; ++i) {
            Rendered r = render(items.at(order.at(i)).text, m_ctx);
            r.text.prepend(QStringLiteral("（%1）").arg(QString::fromUtf16(cnOrd[i])));
            addPara(r);
        }
    }
    {
        const QDate signed_(m_year + 1, m_rng.between(1, 3), m_rng.between(1, 28));
        Rendered r;
        r.text = m_ctx.text.value(QStringLiteral("govfull")) + u'\n' + chineseDate(signed_);
        m_doc.blocks.append(Block{Block::SignOff, r, {}, {}, {}, false});
    }
    if (m_table) { // an appendix
        table.caption = QStringLiteral("附表：") + table.caption.section(u'：', -1);
        m_doc.blocks.append(table);
    }

    // Full-width digits in the prose of some reports (same length, so quotes keep their spans).
    if (m_ctx.style.fullWidth)
        for (Block &b : m_doc.blocks)
            if (b.type == Block::Para)
                b.content.text = toFullWidth(b.content.text);

    // Format and encoding.
    rep.format = html ? QStringLiteral("html") : QStringLiteral("txt");
    QString encoding = QStringLiteral("UTF-8");
    if (otherEncoding) {
        if (traditional)
            encoding = html || m_rng.chance(0.6) ? QStringLiteral("Big5") : QStringLiteral("UTF-16LE");
        else
            encoding = html || m_rng.chance(0.65) ? QStringLiteral("GB18030") : QStringLiteral("UTF-16LE");
    }
    const quint32 htmlSeed = m_rng.between(0, 0x7fffffff);
    auto produce = [&](const QString &enc) {
        Placed p;
        if (html) {
            QString label = QStringLiteral("utf-8");
            if (enc == QLatin1String("GB18030")) label = m_rng.pick(QStringList{QStringLiteral("gb2312"), QStringLiteral("gbk"), QStringLiteral("GB2312")});
            else if (enc == QLatin1String("Big5")) label = QStringLiteral("big5");
            Rng hr(htmlSeed);
            p = serialiseHtml(m_doc, label, hr);
        } else {
            p = serialiseText(m_doc);
        }
        if (traditional) {
            // Hans-Hant maps character to character; were it ever not to, the text stays
            // simplified so that every quote keeps its span.
            const QString converted = m_trad.convert(p.text);
            if (converted.size() == p.text.size())
                p.text = converted;
        }
        return p;
    };
    Placed placed = produce(encoding);
    if (encoding != QLatin1String("UTF-8")) {
        const bool bom = encoding == QLatin1String("UTF-16LE");
        const QByteArray bytes = encodeText(placed.text, encoding, bom);
        const DecodedText back = decodeText(bytes, html ? QByteArray(encoding == QLatin1String("Big5") ? "big5" : "gb18030") : QByteArray());
        if (bytes.isEmpty() || !back.ok() || back.text != placed.text) {
            // A character the encoding lacks (〇 is not in Big5): the page stays UTF-8.
            encoding = QStringLiteral("UTF-8");
            placed = produce(encoding);
        }
    }
    rep.text = placed.text;
    rep.encoding = encoding;
    rep.fileName = QStringLiteral("demo_%1_%2_%3.%4").arg(index, 3, 10, QLatin1Char('0')).arg(m_r.code).arg(m_year).arg(rep.format);
    rep.region = m_r.name;
    rep.parents = m_r.parents;
    rep.level = m_r.level;
    rep.year = m_year;
    rep.published = m_doc.chrome.published;

    std::stable_sort(placed.mentions.begin(), placed.mentions.end(),
                     [](const GoldMention &a, const GoldMention &b) { return a.start < b.start; });
    QHash<QString, QVariant> heads;
    for (const GoldMention &m : placed.mentions) {
        DemoMention dm;
        dm.key = m.key;
        dm.value = m.value;
        dm.quote = rep.text.mid(m.start, m.length);
        dm.optional = m.optional;
        rep.mentions << dm;
        if (m.optional)
            continue;
        if (!heads.contains(m.key))
            heads.insert(m.key, QVariant());
        if (m.role != Role::Body)
            continue;
        const QVariant before = heads.value(m.key);
        if (!before.isNull() && before.toDouble() != m.value)
            qWarning("democorpus: %s states two values for %s", qPrintable(rep.fileName), qPrintable(m.key));
        else
            heads.insert(m.key, m.value);
    }
    rep.headlines = heads;
    return rep;
}

// Spreads count reports over (region, year) pairs: about four years per region, most in runs
// of consecutive years.
QVector<Slot> assignSlots(const QVector<Region> &regions, const DemoOptions &o)
{
    QVector<Slot> out;
    const int from = qMin(o.yearFrom, o.yearTo), to = qMax(o.yearFrom, o.yearTo);
    const int years = to - from + 1;
    if (regions.isEmpty() || o.count <= 0)
        return out;
    const int count = qMin(o.count, int(regions.size()) * years);
    const int perRegion = qMin(years, 4);
    const int nRegions = qMin(int(regions.size()), qMax(1, (count + perRegion - 1) / perRegion));
    Rng rng(mix(o.seed, 0x9a4e1u));
    QVector<int> quota(nRegions, count / nRegions);
    QVector<int> order;
    for (int i = 0; i < nRegions; ++i)
        order << i;
    rng.shuffle(order);
    for (int k = 0; k < count % nRegions; ++k)
        ++quota[order.at(k)];
    // More than the years a region has: hand the rest to the others.
    int spill = 0;
    for (int &q : quota)
        if (q > years) { spill += q - years; q = years; }
    for (int k = 0; spill > 0 && k < nRegions * years; ++k) {
        int &q = quota[order.at(k % nRegions)];
        if (q < years) { ++q; --spill; }
    }
    for (int i = 0; i < nRegions; ++i) {
        const int q = quota.at(i);
        QVector<int> ys;
        if (q >= years || rng.chance(0.75)) {
            // Runs of consecutive years, recent years more often (more of them are online).
            const double u = rng.uniform();
            const int slack = years - q;
            const int offset = rng.chance(0.5) ? rng.between(0, slack) : slack - int(std::floor((slack + 1) * u * u));
            const int start = from + qBound(0, offset, slack);
            for (int y = start; y < start + q; ++y)
                ys << y;
        } else {
            QVector<int> all;
            for (int y = from; y <= to; ++y)
                all << y;
            rng.shuffle(all);
            ys = all.mid(0, q);
            std::sort(ys.begin(), ys.end());
        }
        for (int y : ys)
            out.append({i, y});
    }
    return out;
}

} // namespace

void DemoCorpus::generate(const DemoOptions &options, const std::function<void(DemoReport &&)> &each)
{
    const Data &d = data();
    if (!d.error.isEmpty()) {
        qWarning("democorpus: %s", qPrintable(d.error));
        return;
    }
    const QVector<Region> regions = loadPanel(d, options.nationalPanel);
    const Traditional trad;
    const QVector<Slot> slots = assignSlots(regions, options);
    int index = 0;
    for (const Slot &s : slots) {
        ReportBuilder b(d, regions.at(s.region), s.year, options, trad);
        each(b.build(++index));
    }
}

QVector<DemoReport> DemoCorpus::generate(const DemoOptions &options)
{
    QVector<DemoReport> out;
    generate(options, [&](DemoReport &&r) { out << std::move(r); });
    return out;
}

bool DemoCorpus::writeReport(const DemoReport &r, const QString &directory, QString *error)
{
    QByteArray bytes;
    if (r.encoding.isEmpty() || r.encoding == QLatin1String("UTF-8"))
        bytes = r.text.toUtf8();
    else
        bytes = encodeText(r.text, r.encoding, r.encoding.startsWith(QLatin1String("UTF-16")));
    if (bytes.isEmpty() && !r.text.isEmpty()) {
        if (error) *error = QStringLiteral("cannot encode %1 as %2").arg(r.fileName, r.encoding);
        return false;
    }
    QSaveFile f(QDir(directory).filePath(r.fileName));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error) *error = QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

QJsonObject DemoCorpus::gold(const QVector<DemoReport> &reports)
{
    QJsonObject all;
    for (const DemoReport &r : reports) {
        QJsonObject o;
        o.insert(QStringLiteral("region"), r.region);
        o.insert(QStringLiteral("parents"), QJsonArray::fromStringList(r.parents));
        o.insert(QStringLiteral("level"), r.level);
        o.insert(QStringLiteral("year"), r.year);
        o.insert(QStringLiteral("published"), r.published.isEmpty() ? QJsonValue() : QJsonValue(r.published));
        QJsonArray mentions;
        for (const DemoMention &m : r.mentions) {
            QJsonObject j;
            j.insert(QStringLiteral("key"), m.key);
            j.insert(QStringLiteral("value"), m.value);
            j.insert(QStringLiteral("quote"), m.quote);
            if (m.optional)
                j.insert(QStringLiteral("optional"), true);
            mentions.append(j);
        }
        o.insert(QStringLiteral("mentions"), mentions);
        QJsonObject heads;
        for (auto it = r.headlines.constBegin(); it != r.headlines.constEnd(); ++it)
            heads.insert(it.key(), it.value().isNull() ? QJsonValue() : QJsonValue(it.value().toDouble()));
        o.insert(QStringLiteral("headline"), heads);
        all.insert(r.fileName, o);
    }
    QJsonObject g;
    g.insert(QStringLiteral("schema"), 1);
    g.insert(QStringLiteral("about"), QStringLiteral(
        "Answers for the synthetic demo reports written by fz::DemoCorpus (core/democorpus.cpp). Schema of "
        "../shared/corpus/seeds.gold.json: every statement of a core key's level with an exact quote of the text "
        "(for HTML files, of the page source), 'optional' where a reading either way is defensible; 'headline' is the "
        "whole body's figure per key mentioned, null when only departments, campaigns or sub-units state one."));
    g.insert(QStringLiteral("reports"), all);
    return g;
}

bool DemoCorpus::write(const QVector<DemoReport> &reports, const QString &directory, QString *error)
{
    auto fail = [&](const QString &e) {
        if (error)
            *error = e;
        return false;
    };
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return fail(QStringLiteral("cannot create %1").arg(directory));
    for (const DemoReport &r : reports)
        if (!writeReport(r, directory, error))
            return false;
    QSaveFile g(dir.filePath(QStringLiteral("demo.gold.json")));
    const QByteArray json = QJsonDocument(gold(reports)).toJson(QJsonDocument::Indented);
    if (!g.open(QIODevice::WriteOnly) || g.write(json) != json.size() || !g.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(g.fileName(), g.errorString()));
    return true;
}

} // namespace fz
