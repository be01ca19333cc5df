#include "reportmetadata.h"
#include "gazetteer.h"
#include "textfold.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace fz {
namespace {

struct Line {
    int start;
    int end;
    QStringView text;
};

QVector<Line> bodyLines(const QString &folded, const PageLayout &layout, int maxLines)
{
    QVector<Line> out;
    int pos = layout.bodyStart;
    while (pos < layout.bodyEnd && out.size() < maxLines) {
        int eol = int(folded.indexOf(u'\n', pos));
        if (eol < 0 || eol > layout.bodyEnd)
            eol = layout.bodyEnd;
        const QStringView line = QStringView(folded).mid(pos, eol - pos);
        if (!line.trimmed().isEmpty() && !layout.isChrome(pos)) {
            int s = pos, e = eol;
            while (s < e && folded.at(s).isSpace()) ++s;
            while (e > s && folded.at(e - 1).isSpace()) --e;
            out.append({s, e, QStringView(folded).mid(s, e - s)});
        }
        pos = eol + 1;
    }
    return out;
}

bool looksLikeTitle(QStringView line)
{
    static const QRegularExpression re(
        QStringLiteral("(报告|总结|情况|法治政府|依法行政|法治建设|工作要点|年度)"));
    // 德清县人民政府 > 部门信息公开 > 法治政府建设, 首页 • 政务公开 • 年度报告: a page's breadcrumb, not its title.
    int steps = 0;
    for (const QChar c : line)
        if (c == u'>' || c == u'›' || c == u'»' || c == u'•' || c == u'·' || c == u'/')
            ++steps;
    return line.size() <= 80 && steps < 2 && !line.endsWith(u'。') && re.match(line).hasMatch();
}

// Years written in a line: Arabic (2016年) and Chinese digit by digit (二〇一六年).
int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == u'零' || c == u'○' || c == u'O' || c == u'0') return 0;
    const int i = int(digits.indexOf(c));
    return i;
}

int yearAt(QStringView s, int pos, int *length)
{
    if (pos + 4 > s.size())
        return 0;
    int y = 0;
    bool arabic = true, chinese = true;
    for (int k = 0; k < 4; ++k) {
        const QChar c = s.at(pos + k);
        arabic = arabic && c.isDigit() && c.unicode() < 128;
        chinese = chinese && chineseDigit(c) >= 0 && !(c.unicode() < 128);
    }
    if (!arabic && !chinese)
        return 0;
    for (int k = 0; k < 4; ++k) {
        const QChar c = s.at(pos + k);
        y = y * 10 + (arabic ? c.digitValue() : chineseDigit(c));
    }
    if (pos > 0 && s.at(pos - 1).isDigit())
        return 0;
    if (y < 1990 || y > 2100)
        return 0;
    *length = 4;
    return y;
}

int titleYear(QStringView title)
{
    for (int i = 0; i + 4 < title.size(); ++i) {
        int len = 0;
        const int y = yearAt(title, i, &len);
        if (y && title.at(i + len) == u'年')
            return y;
    }
    return 0;
}

// The covered year from the body: years that open a sentence ("2017年,") or name a whole year
// ("2016年度", "2016年全年") weigh most; dates weigh little; ranges, targets ("到2020年") and
// plans ("2018年,…将") not at all.
int bodyYear(const QString &folded, const PageLayout &layout)
{
    QHash<int, double> weight;
    QHash<int, int> first;
    const QStringView text = QStringView(folded).mid(layout.bodyStart, layout.bodyEnd - layout.bodyStart);
    for (int i = 0; i + 5 <= text.size(); ++i) {
        int len = 0;
        const int y = yearAt(text, i, &len);
        if (!y)
            continue;
        const int after = i + len;
        if (layout.isChrome(layout.bodyStart + i))
            continue;
        const QChar next = text.at(after);
        if (next == u'-' || next == u'—' || next == u'~' || next == u'至' || next == u'–') {
            i = after;
            continue; // a range
        }
        if (next != u'年')
            continue;
        if (i > 0 && (text.at(i - 1) == u'-' || text.at(i - 1) == u'—' || text.at(i - 1) == u'至' ||
                      text.at(i - 1) == u'~' || text.at(i - 1) == u'–'))
            continue;
        const QStringView before = text.mid(qMax(0, i - 3), qMin(i, 3));
        if (before.endsWith(u'到') || before.endsWith(QStringView(u"力争")) || before.endsWith(QStringView(u"预计")))
            continue; // a target year
        const QStringView rest = text.mid(after + 1, qMin<qsizetype>(24, text.size() - after - 1));
        double w = 1.0;
        if (rest.startsWith(u'月') || (rest.size() > 1 && rest.at(0).isDigit()) || rest.startsWith(u'底') ||
            rest.startsWith(u'初'))
            w = 0.5; // a date inside the year
        else if (rest.startsWith(u',') || rest.startsWith(QStringView(u"度")) || rest.startsWith(QStringView(u"全年")) ||
                 rest.startsWith(QStringView(u"以来")))
            w = 2.0;
        static const QRegularExpression plan(QStringLiteral("^[^。;]{0,16}(将|计划|打算|工作安排|工作思路|工作要点|工作重点|要继续|拟)"));
        if (plan.match(rest).hasMatch())
            w = 0;
        weight[y] += w;
        if (!first.contains(y))
            first[y] = i;
        i = after;
    }
    int best = 0;
    for (auto it = weight.constBegin(); it != weight.constEnd(); ++it) {
        if (it.value() <= 0)
            continue;
        if (!best || it.value() > weight[best] || (it.value() == weight[best] && first[it.key()] < first[best]))
            best = it.key();
    }
    return best;
}

QString publishedDate(const QString &folded)
{
    static const QRegularExpression re(QStringLiteral(
        "(发布时间|发布日期|发表时间|发文日期|发布于|更新时间|日期|时间)\\s*[:]?\\s*((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})"));
    const QRegularExpressionMatch m = re.match(folded);
    if (!m.hasMatch())
        return {};
    const int y = m.captured(2).toInt(), mo = m.captured(3).toInt(), d = m.captured(4).toInt();
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
        return {};
    return QStringLiteral("%1-%2-%3").arg(y, 4, 10, QLatin1Char('0')).arg(mo, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
}

QString levelOf(const Division &d)
{
    return Gazetteer::levelName(d.level);
}

int depth(DivisionLevel l)
{
    return int(l);
}

struct RegionChoice {
    int division = -1;     // resolved division, -1 when ambiguous or unknown
    QString written;       // the name as written
    int titleEnd = -1;     // where the name ends in the title, for department detection
};

// Scores every candidate division of every hit by how many other hits name one of its
// ancestors (title hits count three times), then keeps the most specific supported one.
RegionChoice chooseRegion(const QVector<GazetteerHit> &titleHits, const QVector<GazetteerHit> &bodyHits,
                          QStringView title, QStringView body)
{
    const Gazetteer &g = Gazetteer::instance();
    auto support = [&](int candidate) {
        int s = 0;
        const QVector<int> anc = g.ancestors(candidate);
        for (const GazetteerHit &h : titleHits)
            for (int id : h.divisions)
                if (anc.contains(id)) { s += 3; break; }
        for (const GazetteerHit &h : bodyHits)
            for (int id : h.divisions)
                if (anc.contains(id)) { s += 1; break; }
        return s;
    };
    auto resolve = [&](const GazetteerHit &h, bool requireSupportForStreet, int *resolved) -> bool {
        // The best supported divisions of that name. Equally supported namesakes where one is a
        // county-level division or above and the others are townships or management zones
        // (白塔区 of 辽阳市 and a 白塔区 zone of a county): the former is the one that reports.
        int best = -1, bestSupport = -1, ties = 0, aboveStreet = -1, aboveStreetTies = 0;
        for (int id : h.divisions) {
            const int s = support(id);
            if (s < bestSupport)
                continue;
            if (s > bestSupport) {
                best = id;
                bestSupport = s;
                ties = 0;
                aboveStreet = -1;
                aboveStreetTies = 0;
            }
            ++ties;
            if (g.at(id).level != DivisionLevel::Street) {
                aboveStreet = id;
                ++aboveStreetTies;
            }
        }
        if (ties > 1 && aboveStreetTies == 1) {
            best = aboveStreet;
            ties = 1;
        }
        if (best < 0)
            return false;
        if (g.at(best).level == DivisionLevel::Street && requireSupportForStreet && bestSupport == 0)
            return false;
        *resolved = ties == 1 ? best : -1;
        return true;
    };

    RegionChoice choice;
    // The title: the most specific name it holds.
    int bestDepth = -1;
    for (const GazetteerHit &h : titleHits) {
        int resolved = -1;
        const bool streetName = g.at(h.divisions.first()).level == DivisionLevel::Street;
        // A township named alone in a title counts when the title shows it is the reporting body.
        const QStringView after = title.mid(h.start + h.length, 6);
        const bool bodySuffix = after.startsWith(QStringView(u"办事处")) || after.startsWith(QStringView(u"人民政府")) ||
                                after.startsWith(QStringView(u"党工委")) || after.startsWith(QStringView(u"政府"));
        // So does a township that opens the title: one with a name of its own, or one whose
        // namesakes are all townships (周庄镇2023年…报告: a township, though which one the
        // gazetteer cannot tell).
        const QStringView before = title.left(h.start).trimmed();
        const bool allTownships = std::all_of(h.divisions.begin(), h.divisions.end(),
                                              [&](int id) { return g.at(id).level == DivisionLevel::Street; });
        const bool opensTitle = (h.divisions.size() == 1 || allTownships) && (before.isEmpty() || before == QStringView(u"关于"));
        if (!resolve(h, streetName && !bodySuffix && !opensTitle, &resolved))
            continue;
        const int d = depth(g.at(h.divisions.first()).level);
        if (d > bestDepth) {
            bestDepth = d;
            choice.division = resolved;
            choice.written = title.mid(h.start, h.length).toString();
            choice.titleEnd = h.start + h.length;
        }
    }
    if (!choice.written.isEmpty())
        return choice;

    // No name in the title: the division the body names most often, deeper levels winning ties.
    QHash<QString, int> counts;
    QHash<QString, GazetteerHit> sample;
    for (const GazetteerHit &h : bodyHits) {
        const QString name = body.mid(h.start, h.length).toString();
        counts[name] += 1;
        sample.insert(name, h);
    }
    QString bestName;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const GazetteerHit &h = sample[it.key()];
        int resolved = -1;
        if (!resolve(h, true, &resolved))
            continue;
        if (bestName.isEmpty()) { bestName = it.key(); choice.division = resolved; continue; }
        const int d = depth(g.at(h.divisions.first()).level);
        const int bd = depth(g.at(sample[bestName].divisions.first()).level);
        if (it.value() > counts[bestName] || (it.value() == counts[bestName] && (d > bd || (d == bd && h.start < sample[bestName].start)))) {
            bestName = it.key();
            choice.division = resolved;
        }
    }
    choice.written = bestName;
    return choice;
}

// A department reporting alone: the title names a bureau, commission or office (司法局,
// 市场监督管理局, 卫生健康委员会) rather than the government (人民政府, 办事处).
bool isDepartmentTitle(QStringView afterRegion)
{
    // 行政公署: the government of a 盟 or 地区 (锡林郭勒盟行政公署关于…).
    // 武侯区委全面依法治区委员会办公室: right after the name, 委 is the division's party committee,
    // which reports on the whole division.
    static const QRegularExpression gov(QStringLiteral("^(人民政府|政府|办事处|街道办事处|党工委|管委会|管理委员会|委员会办公室关于|人民政府办公室|政府办公室|行政公署|委)"));
    if (gov.match(afterRegion).hasMatch())
        return false;
    static const QRegularExpression dept(QStringLiteral(
        "^[\\x{4e00}-\\x{9fff}]{1,14}?(局|委员会|委|办公室|厅|部|署|总局|中心|支队|大队)(关于|\\d|20|19|年度|法治|依法|$)"));
    return dept.match(afterRegion).hasMatch();
}

bool isNationalDepartmentTitle(QStringView title)
{
    static const QRegularExpression re(QStringLiteral(
        "^(中华人民共和国)?[\\x{4e00}-\\x{9fff}]{1,10}(部|总局|署|委员会|局)(关于)?(\\d{4}|二〇|20)"));
    return re.match(title).hasMatch();
}

} // namespace

QString coveredPartOf(const QString &title)
{
    const QString t = fold(title);
    for (const char16_t *half : {u"上半年", u"下半年"})
        if (t.contains(QStringView(half)))
            return QString::fromUtf16(half);
    return {};
}

QStringList metadataLevels()
{
    return {QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("district"),
            QStringLiteral("street"), QStringLiteral("department")};
}

ReportMetadata analyseMetadata(const QString &folded, const PageLayout &layout, const QString &titleHint)
{
    ReportMetadata meta;
    const QVector<Line> lines = bodyLines(folded, layout, 40);
    // Title: the first early line that reads like one, else the first line. A site's menu
    // (首页 / 时政 / 法治, a word a line) does not count towards "early".
    for (int i = 0, counted = 0; i < lines.size() && counted < 12; ++i) {
        if (lines[i].text.size() > 4)
            ++counted;
        if (looksLikeTitle(lines[i].text)) {
            meta.titleSpan = {lines[i].start, lines[i].end};
            // 郑州市金水区人力资源和社会保障局 / 关于2019年度…的报告: a title set on two lines.
            static const QRegularExpression issuer(QStringLiteral(
                "^[\\x{4e00}-\\x{9fff}]{0,20}(省|市|县|区|旗|盟|州|镇|乡|街道)[\\x{4e00}-\\x{9fff}]{0,20}"
                "(人民政府|政府|办事处|管委会|委员会|行政公署|局|委|厅|办公室|中心)$"));
            static const QRegularExpression secondLine(QStringLiteral("^(?:关于|(?:19|20)\\d{2}年)"));
            if (i > 0 && secondLine.match(lines[i].text).hasMatch() && issuer.match(lines[i - 1].text).hasMatch() &&
                QStringView(folded).mid(lines[i - 1].end, lines[i].start - lines[i - 1].end).count(u'\n') == 1)
                meta.titleSpan.start = lines[i - 1].start;
            break;
        }
    }
    if (meta.titleSpan.end == 0 && !lines.isEmpty() && lines.first().text.size() <= 80)
        meta.titleSpan = {lines.first().start, lines.first().end};
    QString title = folded.mid(meta.titleSpan.start, meta.titleSpan.end - meta.titleSpan.start).remove(u'\n');
    if (title.isEmpty())
        title = fold(titleHint).simplified();
    meta.title = title; // folded form; the caller replaces it with the original line

    const Gazetteer &g = Gazetteer::instance();
    // Region: the title (and the container's title), then the opening of the body.
    QString titleForRegion = title;
    QVector<GazetteerHit> titleHits = g.findAll(titleForRegion, true);
    if (titleHits.isEmpty() && !titleHint.isEmpty()) {
        // "某某镇人民政府 - 滨海新区政府网": the site's name after the separator is not the report's.
        static const QRegularExpression separator(QStringLiteral("\\s+[-_|—–]\\s*|\\s*[_|—–]\\s*|\\s-\\s"));
        const QString first = fold(titleHint).split(separator).value(0);
        titleForRegion = first;
        titleHits = g.findAll(titleForRegion, true);
    }
    // The opening of the body supports the title's names; when that does not settle the region,
    // the longer opening and the signature at the end (重庆市江北区观音桥街道办事处) are read too.
    auto readBody = [&](int headLength, int tailLength) {
        QString part = folded.mid(layout.bodyStart, qMin(layout.bodyEnd - layout.bodyStart, headLength));
        const int tailStart = qMax(layout.bodyStart + part.size(), layout.bodyEnd - tailLength);
        if (tailLength > 0 && tailStart < layout.bodyEnd)
            part += QLatin1Char('\n') + folded.mid(tailStart, layout.bodyEnd - tailStart);
        return part;
    };
    QString head = readBody(1500, 0);
    auto bodyHitsOf = [&](const QString &part, int headLength) {
        QVector<GazetteerHit> hits = g.findAll(part, true);
        // Chrome lines (site banners) say little about the reporting body. Nor does a conjunction
        // before a level word: 向市政府和县人大常委会报备 names no 和县.
        auto conjunction = [&](const GazetteerHit &h) {
            static const QString joining = QStringLiteral("和与及同");
            if (h.length != 2 || h.start == 0 || !joining.contains(part.at(h.start)))
                return false;
            const QChar before = part.at(h.start - 1);
            return before.unicode() >= 0x4E00 && before.unicode() <= 0x9FFF;
        };
        hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const GazetteerHit &h) {
                       return (h.start < headLength && layout.isChrome(layout.bodyStart + h.start)) || conjunction(h);
                   }), hits.end());
        return hits;
    };
    QVector<GazetteerHit> bodyHits = bodyHitsOf(head, head.size());
    RegionChoice region = chooseRegion(titleHits, bodyHits, titleForRegion, head);
    if (region.written.isEmpty() || region.division < 0) {
        const int headLength = qMin(layout.bodyEnd - layout.bodyStart, 6000);
        head = readBody(6000, 2000);
        bodyHits = bodyHitsOf(head, headLength);
        region = chooseRegion(titleHits, bodyHits, titleForRegion, head);
    }
    if (region.written.isEmpty() && isNationalDepartmentTitle(title)) {
        meta.region = QStringLiteral("全国");
        meta.level = QStringLiteral("department");
    } else if (!region.written.isEmpty()) {
        // The gazetteer's spelling: the text is read folded, and folding changes a few place
        // names (乾安县 is read as 干安县).
        const QVector<int> ids = g.lookupFolded(region.written);
        meta.region = ids.isEmpty() ? region.written : g.at(ids.first()).name;
        if (region.division >= 0) {
            const Division &d = g.at(region.division);
            meta.region = d.name;
            meta.parents = g.ancestorNames(region.division);
            meta.level = levelOf(d);
            meta.regionCode = d.code;
        } else {
            // Several divisions share the name: the level is clear, the parents are not.
            if (!ids.isEmpty())
                meta.level = levelOf(g.at(ids.first()));
        }
        if (region.titleEnd >= 0 && isDepartmentTitle(QStringView(titleForRegion).mid(region.titleEnd)))
            meta.level = QStringLiteral("department");
        // 江门市生态环境局鹤山分局…报告: a city bureau's branch named after a county-level division of
        // the city serves that division (鹤山市).
        if (meta.level == QLatin1String("department") && region.titleEnd >= 0 && region.division >= 0 &&
            g.at(region.division).level == DivisionLevel::City) {
            static const QRegularExpression branch(QStringLiteral("^[^,;。]{0,12}?局([\\x{4e00}-\\x{9fff}]{2,4}?)分局"));
            const QRegularExpressionMatch bm = branch.match(QStringView(titleForRegion).mid(region.titleEnd));
            for (const char16_t *suffix : {u"市", u"县", u"区", u"旗"}) {
                if (!bm.hasMatch())
                    break;
                const QVector<int> ids = g.lookupFolded(bm.captured(1) + QString::fromUtf16(suffix));
                const auto child = std::find_if(ids.begin(), ids.end(), [&](int id) { return g.isAncestor(region.division, id); });
                if (child != ids.end()) {
                    meta.region = g.at(*child).name;
                    meta.parents = g.ancestorNames(*child);
                    meta.regionCode = g.at(*child).code;
                    break;
                }
            }
        }
        // 怀柔区雁栖镇人民政府…报告: a township the gazetteer does not know, named in the title
        // right after its county as the reporting government, is the region.
        if (region.titleEnd >= 0 && region.division >= 0 && g.at(region.division).level == DivisionLevel::District) {
            static const QRegularExpression township(QStringLiteral(
                "^([\\x{4e00}-\\x{9fff}]{1,6}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处|街道办事处|党委|党工委|(?:19|20)\\d{2}年|二〇)"));
            const QRegularExpressionMatch tm = township.match(QStringView(titleForRegion).mid(region.titleEnd));
            if (tm.hasMatch()) {
                meta.parents = QStringList{meta.region} + meta.parents;
                meta.region = tm.captured(1);
                meta.level = QStringLiteral("street");
                meta.regionCode.clear();
            }
        }
    }

    // 宁乡经济技术开发区管理委员会…报告: a development zone's committee, the city's agency there,
    // reports as a department of the division it lies in.
    static const QRegularExpression zone(QStringLiteral("(开发区|高新区|园区|示范区|保税区|合作区|新区)(管理委员会|管委会)"));
    if (zone.match(QStringView(title).left(40)).hasMatch()) {
        meta.level = QStringLiteral("department");
        // The zone lies in the division its name opens with, a city before a county of the same
        // name (南昌高新技术产业开发区: 南昌市, not 南昌县 or a town it manages), also where the
        // gazetteer lists the zone itself as a township-level unit (常熟经济技术开发区: 常熟市).
        static const QRegularExpression lead(QStringLiteral(
            "^(?:[\\x{4e00}-\\x{9fff}]{2,3}[省区])?([\\x{4e00}-\\x{9fff}]{2,4}?)(?:国家级)?(?:经济|高新|综合|新区|产业|工业|保税|临空|临港|国际)"));
        const QRegularExpressionMatch lm = lead.match(fold(title));
        if (lm.hasMatch()) {
            int host = -1;
            for (const DivisionLevel level : {DivisionLevel::City, DivisionLevel::District})
                for (const char16_t *suffix : {u"市", u"县", u"区"})
                    for (const int id : g.lookupFolded(lm.captured(1) + QString::fromUtf16(suffix)))
                        if (host < 0 && g.at(id).level == level)
                            host = id;
            if (host >= 0) {
                meta.region = g.at(host).name;
                meta.parents = g.ancestorNames(host);
                meta.regionCode = g.at(host).code;
            }
        }
    }
    meta.year = titleYear(title);
    if (!meta.year)
        meta.year = bodyYear(folded, layout);
    meta.published = publishedDate(folded);
    if (!meta.year && !meta.published.isEmpty())
        meta.year = meta.published.left(4).toInt() - 1; // reports appear early in the next year
    return meta;
}

} // namespace fz
