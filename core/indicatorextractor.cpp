#include "indicatorextractor.h"
#include "chinesenumbers.h"
#include "gazetteer.h"
#include "scopeanalyzer.h"
#include "tableextractor.h"
#include "textfold.h"
#include "textsegments.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace fz {
namespace {

struct Quantity {
    int start = 0;
    int numberEnd = 0;
    int end = 0;            // after the unit
    double value = 0;
    bool approximate = false;
    bool change = false;
    QString unit;
};

// Hits of one kind, sorted by start, with range queries.
struct HitList {
    QVector<PhraseHit> hits;
    // Hits starting in [from, to).
    std::pair<const PhraseHit *, const PhraseHit *> range(int from, int to) const
    {
        auto lo = std::lower_bound(hits.begin(), hits.end(), from, [](const PhraseHit &h, int p) { return h.start < p; });
        auto hi = std::lower_bound(lo, hits.end(), to, [](const PhraseHit &h, int p) { return h.start < p; });
        return {hits.constData() + (lo - hits.begin()), hits.constData() + (hi - hits.begin())};
    }
    bool any(int from, int to) const { auto r = range(from, to); return r.first != r.second; }
};

bool isAsciiDigitChar(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

// A year as reports write it, in digits or digit by digit in Chinese numerals (2019, 二〇一九).
const QString kYear = QStringLiteral("(?:19|20)\\d{2}|二[〇零○][一二三四五六七八九〇零○]{2}");

class Run
{
public:
    Run(const IndicatorCatalogue &cat, const PhraseMatcher &matcher, const SentencePatterns &patterns,
        int otherPeriods, int sinceYear, const QString &folded, const PageLayout &layout, int coveredYear,
        const QString &level, const QString &region, const QString &coveredPart)
        : m_cat(cat), m_patterns(patterns), m_otherPeriods(otherPeriods), m_sinceYear(sinceYear), m_text(folded), m_layout(layout),
          m_year(coveredYear), m_region(region), m_coveredPart(coveredPart),
          m_departmentReport(level == QLatin1String("department")),
          m_townshipReport(level == QLatin1String("street")),
          m_segments(folded, layout.bodyStart, layout.bodyEnd)
    {
        const QVector<PhraseHit> all = matcher.scan(folded, layout.bodyStart, layout.bodyEnd);
        QVector<PhraseHit> cueHits;
        for (const PhraseHit &h : all) {
            if (layout.isChrome(h.start))
                continue;
            switch (h.kind) {
            case IndicatorExtractor::Topic: m_topics.hits.append(h); break;
            case IndicatorExtractor::Action: m_actions.hits.append(h); break;
            case IndicatorExtractor::Continuation: m_continuations.hits.append(h); break;
            case IndicatorExtractor::Exclude: m_excludes.hits.append(h); break;
            case IndicatorExtractor::Negation: m_negations.hits.append(h); break;
            case IndicatorExtractor::Change: m_changes.hits.append(h); break;
            case IndicatorExtractor::Subpart: m_subparts.hits.append(h); break;
            case IndicatorExtractor::Carryover: m_carryovers.hits.append(h); break;
            case IndicatorExtractor::Subtype: m_subtypes.hits.append(h); break;
            case IndicatorExtractor::Respectively: m_respectively.hits.append(h); break;
            case IndicatorExtractor::Target: m_targets.hits.append(h); break;
            case IndicatorExtractor::Comparison: m_comparisons.hits.append(h); break;
            case IndicatorExtractor::PerUnit: m_perUnit.hits.append(h); break;
            case IndicatorExtractor::Foreign: m_foreign.hits.append(h); break;
            case IndicatorExtractor::EarlierRef: m_earlierRefs.hits.append(h); break;
            case IndicatorExtractor::TotalWord: m_totalWords.hits.append(h); break;
            case IndicatorExtractor::NotCounted: m_notCounted.hits.append(h); break;
            default: cueHits.append(h); break;
            }
        }
        // Overlapping topic phrases: the one that starts first (then the longer) is the one
        // written (出庭应诉|案件 rather than 出庭|应诉案件).
        // A chain of overlapping phrases collapses to its first (负责人出庭|出庭应诉|应诉案件).
        QVector<PhraseHit> kept;
        int covered = -1;
        for (const PhraseHit &h : m_topics.hits) {
            const bool overlaps = h.start < covered;
            covered = qMax(covered, h.end());
            if (!overlaps) {
                kept.append(h);
            } else if (!kept.isEmpty() && h.start == kept.last().end() - 1 && QStringView(m_text).mid(h.start, 2) == u"罚款" &&
                       QStringView(m_text).mid(kept.last().start, kept.last().length) == u"处罚") {
                kept.last() = h; // 共处罚款34.5万元: 处 is the verb, 罚款 the topic
            }
        }
        m_topics.hits = kept;
        m_paragraphs = m_segments.paragraphs();
        findPlans();
        findTitles();
        findQuotations();
        // The enclosing divisions as a whole, as a county's or city's report may quote them (a
        // county-level city calls itself 全市, so only 全州 and up are higher for it).
        // A department's report reads them by the division it serves (全市市场监管系统… is above a
        // county bureau).
        bool countyLevel = level == QLatin1String("district");
        bool cityLevel = level == QLatin1String("city");
        if (level == QLatin1String("department") && !region.isEmpty()) {
            const QVector<int> ids = Gazetteer::instance().lookupFolded(fold(region));
            countyLevel = !ids.isEmpty() && Gazetteer::instance().at(ids.first()).level == DivisionLevel::District;
            cityLevel = !ids.isEmpty() && Gazetteer::instance().at(ids.first()).level == DivisionLevel::City;
        }
        if (countyLevel) {
            if (m_region.endsWith(u'县') || m_region.endsWith(u'区') || m_region.endsWith(u'旗'))
                m_higherWords = {QStringLiteral("全市"), QStringLiteral("全州"), QStringLiteral("全盟"), QStringLiteral("全省")};
            else if (m_region.endsWith(u'市'))
                m_higherWords = {QStringLiteral("全州"), QStringLiteral("全盟"), QStringLiteral("全省")};
        } else if (cityLevel) {
            m_higherWords = {QStringLiteral("全省")};
        }
        // 2022年全国各级行政复议机关共新收…26.8万件: the nation's, in any report.
        m_higherWords.append(QStringLiteral("全国"));
        m_foldedRegion = fold(m_region);
        if (m_departmentReport)
            zoneNamesItself(cueHits);
        m_scope = std::make_unique<ScopeAnalyzer>(QStringView(m_text), m_segments, m_cat, cueHits, m_paragraphs, m_foldedRegion);
    }

    // Plans for later years are not levels: a section headed 下一步工作打算 or 2021年工作计划
    // (to the end, or to an appendix), and paragraphs that open with a later year or 下一步.
    void findPlans()
    {
        const ScopeCues &c = m_cat.cues();
        // 一、 and a PDF's spaced 一 、 总 体 情 况 alike.
        static const QRegularExpression marker(QStringLiteral("^\\s*(?:[一二三四五六七八九十]+\\s*[、.]|\\(?\\s*[一二三四五六七八九十0-9]+\\s*[)、.]|[0-9]+[.、])\\s*"));
        // 四、存在的问题和2017年工作打算 ………… 3: an entry of the table of contents, no heading.
        static const QRegularExpression contentsEntry(QStringLiteral("(?:…{2,}|\\.{4,}|·{4,}|-{4,}|—{3,})\\s*\\d{1,3}$"));
        static const QRegularExpression yearOpen(QStringLiteral("^((?:19|20)\\d{2})年"));
        bool inPlan = false;
        for (const Span &p : m_paragraphs) {
            QStringView para = QStringView(m_text).mid(p.start, p.end - p.start).trimmed();
            const QRegularExpressionMatch mm = marker.match(para);
            if (mm.hasMatch())
                para = para.mid(mm.capturedLength());
            bool ends = false;
            for (const QString &e : c.planEnd)
                if (para.startsWith(e)) ends = true;
            if (ends)
                inPlan = false;
            const bool heading = para.size() <= 40 && !para.contains(u'。') && !contentsEntry.match(para).hasMatch();
            if (heading) {
                bool planHeading = false;
                for (const QString &h : c.planHeadings)
                    if (para.contains(h)) planHeading = true;
                // "2016年工作情况及2017年工作计划" reports as well as plans.
                static const QRegularExpression done(QStringLiteral("(情况|成效|完成|开展|总结|做法|举措|成绩)"));
                if (done.match(para).hasMatch())
                    planHeading = false;
                if (planHeading)
                    inPlan = true;
                else if (mm.hasMatch() && para.size() <= 30)
                    inPlan = false; // another numbered section heading ends the plan
            }
            bool opener = false;
            for (const QString &o : c.planOpeners)
                if (para.startsWith(o)) opener = true;
            const QRegularExpressionMatch ym = yearOpen.match(para);
            if (ym.hasMatch() && m_year > 0 && ym.captured(1).toInt() > m_year)
                opener = true;
            // 总的看，2023年全区共开展行政检查…: a summary looking back at the covered year ends a plan.
            static const QRegularExpression lookBack(QStringLiteral("^[^,。;]{1,6},\\s*((?:19|20)\\d{2})年"));
            const QRegularExpressionMatch bm = lookBack.match(para);
            if (bm.hasMatch() && m_year > 0 && bm.captured(1).toInt() == m_year && !heading &&
                std::any_of(c.planReviewOpeners.begin(), c.planReviewOpeners.end(), [&](const QString &w) { return para.startsWith(w); }))
                inPlan = false;
            if (inPlan || opener)
                m_plans.append(p);
        }
    }

    bool ownOrgan(const QString &key, const QString &departmentName) const
    {
        const IndicatorDef *d = m_cat.indicator(key);
        const int t = d ? m_cat.topicIndex(d->topic) : -1;
        if (t < 0 || departmentName.isEmpty())
            return false;
        for (const QString &p : m_cat.topics().at(t).phrases)
            if (p.size() >= 2 && departmentName.contains(p))
                return true;
        return false;
    }

    // A street's or town's own comprehensive enforcement team (街道综合执法大队, 镇综合执法中队)
    // enforces in its name: its penalties and inspections are the body's. A city bureau's squad
    // stationed there (市综合行政执法局横店中队) names another body and stays a department.
    static bool namesAnotherBody(const QString &departmentName)
    {
        static const QStringList others = {QStringLiteral("局"), QStringLiteral("市"), QStringLiteral("县"),
                                           QStringLiteral("区"), QStringLiteral("省"), QStringLiteral("旗")};
        for (const QString &o : others)
            if (departmentName.contains(o))
                return true;
        return false;
    }

    bool ownEnforcementTeam(const QString &departmentName) const
    {
        // 综合执法大队, 综合行政执法队, 综合执法中心.
        if (!m_townshipReport || !(departmentName.endsWith(u'队') || departmentName.endsWith(u"中心")) ||
            namesAnotherBody(departmentName))
            return false;
        for (const QString &w : m_cat.cues().townshipEnforcement)
            if (departmentName.contains(w))
                return true;
        return false;
    }

    bool inPlan(int pos) const
    {
        // Plans are paragraphs, in text order and apart: only the last one starting at or
        // before pos can hold it.
        auto after = std::upper_bound(m_plans.cbegin(), m_plans.cend(), pos, [](int p, const Span &s) { return p < s.start; });
        return after != m_plans.cbegin() && (after - 1)->contains(pos);
    }

    QVector<Mention> run()
    {
        collectQuantities();
        for (int i = 0; i < m_quantities.size(); ++i)
            resolve(i);
        for (const TableMention &t : extractTables(m_text, m_layout, m_cat))
            addTableMention(t);
        zeroStatements();
        std::sort(m_mentions.begin(), m_mentions.end(), [](const Mention &a, const Mention &b) {
            return a.start != b.start ? a.start < b.start : a.key < b.key;
        });
        // One mention per key and span.
        QVector<Mention> unique;
        for (const Mention &m : m_mentions)
            if (unique.isEmpty() || !(unique.last().start == m.start && unique.last().key == m.key))
                unique.append(m);
        m_mentions = unique;
        dropBoundsBesideLevels();
        markSubparts();
        organsBesideLeaders();
        markPreferred();
        // Keys that another of the township's departments states too: there its own team is one
        // department among several (街综合执法大队 and 街城管执法中队 each with its penalties). A
        // district bureau's squad working there (区…执法局观音桥中队) is another body's.
        QVector<ScopeFacts> facts(m_mentions.size());
        QSet<QString> otherDepartments;
        QHash<QString, QSet<QString>> departmentsByKey; // a township's departments stating each key
        for (int i = 0; i < m_mentions.size(); ++i) {
            const Mention &m = m_mentions.at(i);
            if (m.fromTable)
                continue;
            facts[i] = m_scope->scopeAt(m.start);
            const ScopeFacts &f = facts.at(i);
            if (m_townshipReport && f.department && !ownEnforcementTeam(f.departmentName) && !namesAnotherBody(f.departmentName))
                otherDepartments.insert(m.key);
            if (m_townshipReport && f.department)
                departmentsByKey[m.key].insert(f.departmentName);
        }
        for (int i = 0; i < m_mentions.size(); ++i) {
            Mention &m = m_mentions[i];
            if (m.fromTable)
                continue;
            const ScopeFacts &f = facts.at(i);
            m.body = m.body || f.body;
            m.whole = f.whole;
            bool department = f.department;
            // A department reporting alone is the body; and the body's own organ for a topic
            // (市行政复议局 for reconsideration) speaks for the body on that topic, as a street's
            // or town's own enforcement team does for its penalties and inspections.
            if (m_departmentReport)
                department = false;
            if (department && ownOrgan(m.key, f.departmentName))
                department = false;
            if (department && ownEnforcementTeam(f.departmentName) && !otherDepartments.contains(m.key))
                department = false;
            if (department && m_townshipReport &&
                actsInOwnName(m.start, departmentsByKey.value(m.key).size() == 1 ? f.departmentName : QString()))
                department = false;
            m.department = m.department || department;
            m.subunits = f.subunits || m.namedSubunit || bracketedDivision(m.start);
            // 以市政府为被申请人的行政复议案件23件 in a city's report: the government's own cases, a
            // part of the city's (a township's or a bureau's own are its whole; 以县政府及其部门为被告
            // counts every agency's).
            if (!m_townshipReport && !m_departmentReport && governmentAsParty(m.contextStart, m.start))
                m.subpart = true;
            if (m.namedSubunit)
                m.body = false;
            m.total += f.total;
            m.sector += f.sector;
            m.campaign = f.campaign;
        }
        // A department's campaigns are often all its figures say of a key; only where it states
        // another figure of the key is a campaign's one campaign's (在…专项执法行动中，查处…19件 beside
        // 立案查处农业违法案件47件).
        if (m_departmentReport) {
            QSet<QString> beyondCampaigns;
            for (const Mention &m : std::as_const(m_mentions))
                if (!m.campaign && !m.subpart)
                    beyondCampaigns.insert(m.key);
            for (Mention &m : m_mentions)
                if (!beyondCampaigns.contains(m.key))
                    m.campaign = false;
        }
        return m_mentions;
    }

private:
    void collectQuantities()
    {
        const NumberRecognizer &rec = NumberRecognizer::instance();
        const QVector<NumberToken> tokens = rec.find(m_text, m_layout.bodyStart, m_layout.bodyEnd);
        for (const NumberToken &t : tokens) {
            if (m_layout.isChrome(t.start))
                continue;
            Quantity q;
            q.start = t.start;
            q.numberEnd = t.end;
            q.end = t.end;
            q.value = t.value;
            q.approximate = t.approximate;
            q.change = t.change;
            if (t.kind == NumberKind::Money) {
                q.unit = QStringLiteral("元");
            } else if (t.kind == NumberKind::Percent) {
                q.unit = QStringLiteral("%");
            } else {
                int unitStart = 0;
                const int len = rec.measureAt(m_text, t.end, &unitStart);
                if (len > 0 && unitStart - t.end <= 6) {
                    QString unit = m_text.mid(unitStart, len);
                    if (unit.startsWith(u'余') || unit.startsWith(u'多')) {
                        q.approximate = true;
                        unit.remove(0, 1);
                    }
                    q.unit = unit;
                    q.end = unitStart + len;
                }
            }
            m_numberStarts.append(t.start);
            m_quantities.append(q);
        }
    }

    bool numberIn(int from, int to) const
    {
        auto it = std::lower_bound(m_numberStarts.begin(), m_numberStarts.end(), from);
        return it != m_numberStarts.end() && *it < to;
    }

    bool negated(const PhraseHit &h) const
    {
        auto r = m_negations.range(qMax(0, h.start - 3), h.start);
        for (auto *p = r.first; p != r.second; ++p)
            if (p->end() == h.start || (p->end() == h.start - 1 && m_text.at(h.start - 1) == u'已'))
                return true;
        return false;
    }

    // 🔹 行政复议 / 👉 收到行政复议申请238件 / 👉 受理217件: a short item of a bulleted list
    // continues the items before it under their heading, as clauses of one paragraph would.
    Span bulletedListFrom(Span para) const
    {
        auto bulletOf = [&](const Span &p) -> QChar {
            const QStringView t = QStringView(m_text).mid(p.start, p.end - p.start).trimmed();
            if (t.isEmpty() || t.size() > 40 || t.at(0).isLetterOrNumber() || t.at(0) == u'(' || t.at(0) == u'“')
                return QChar();
            return t.at(0);
        };
        const QChar bullet = bulletOf(para);
        if (bullet.isNull())
            return para;
        Span out = para;
        for (int steps = 0; steps < 8 && out.start > 0; ++steps) {
            const Span before = m_segments.paragraphAt(out.start - 1);
            const QStringView t = QStringView(m_text).mid(before.start, before.end - before.start).trimmed();
            if (t.isEmpty()) {
                out.start = before.start;
                continue;
            }
            if (bulletOf(before) == bullet) {
                out.start = before.start;
                continue;
            }
            if (t.size() <= 12 && !quantityIn(before.start, before.end))
                out.start = before.start; // the list's heading
            break;
        }
        return out;
    }

    // A change, not a level: 同比/比上年 earlier in the clause, or a change verb right before the
    // number (提高34.83%, 减少了47件); 增加到50件 and 提高至95% state new levels.
    bool isChange(const Quantity &q, const Span &clause) const
    {
        if (q.change)
            return true;
        auto levelAfter = [&](int from) {
            const QStringView between = QStringView(m_text).mid(from, q.start - from);
            for (const QString &w : m_cat.cues().changeToLevel)
                if (between.contains(w)) return true;
            return false;
        };
        auto cr = m_comparisons.range(clause.start, q.start);
        for (auto *p = cr.first; p != cr.second; ++p)
            if (!numberIn(p->end(), q.start) && !levelAfter(p->end()))
                return true;
        auto vr = m_changes.range(clause.start, q.start);
        for (auto *p = vr.first; p != vr.second; ++p) {
            if (numberIn(p->end(), q.start) || levelAfter(p->end()))
                continue;
            // 提升专项行动中开展执法检查2050次: the verb is in a name; the number is the topic's.
            if (m_topics.any(p->end(), q.start) && p->end() < q.start - 3)
                continue;
            return true;
        }
        return false;
    }

    bool excluded(int topicId, int from, int to) const
    {
        auto r = m_excludes.range(from, to);
        for (auto *p = r.first; p != r.second; ++p) {
            if (p->id != topicId || negated(*p))
                continue;
            // 应出庭尽出庭: a slogan of the 应X尽X kind, not the word that excludes (应出庭10件).
            if (p->end() < m_text.size() && m_text.at(p->end()) == u'尽')
                continue;
            // 在行政执法监督平台录入行政检查信息: the word names a platform where figures are kept.
            if (QStringView(m_text).mid(p->end(), 2) == u"平台")
                continue;
            // 收到不服…行政行为的行政复议申请8件: 不服 before the topic says what the applications contest.
            if (p->length == 2 && QStringView(m_text).mid(p->start, 2) == u"不服") {
                auto t = m_topics.range(p->end(), to);
                if (std::any_of(t.first, t.second, [&](const PhraseHit &h) { return h.id == topicId; }))
                    continue;
            }
            // 应出庭的12件中出庭11件: the word is about the figure it leads to, not the one after 中.
            bool ownFigure = false;
            const int first = int(std::lower_bound(m_numberStarts.begin(), m_numberStarts.end(), p->end()) - m_numberStarts.begin());
            for (int k = first; k < m_quantities.size() && m_quantities.at(k).end < to && !ownFigure; ++k)
                ownFigure = m_text.at(m_quantities.at(k).end) == u'中';
            if (!ownFigure)
                return true;
        }
        return false;
    }

    // Whether a hit is (also) a word that excludes topic topicId.
    bool excludedBy(int topicId, const PhraseHit &hit) const
    {
        auto r = m_excludes.range(hit.start, hit.end());
        for (auto *p = r.first; p != r.second; ++p)
            if (p->id == topicId && p->start == hit.start && p->end() == hit.end())
                return true;
        return false;
    }

    // The action a topic's counted noun ending words implies (…申请5件: received), or -1; not the
    // respondent's (被申请5件).
    int nounAction(int topicId, QStringView words) const
    {
        const TopicDef &def = m_cat.topics().at(topicId);
        int action = -1;
        for (auto it = def.nounActions.cbegin(); it != def.nounActions.cend(); ++it)
            if (words.endsWith(it.key()) && !words.chopped(it.key().size()).endsWith(u'被') && m_cat.actionIndex(it.value()) >= 0)
                action = m_cat.actionIndex(it.value());
        return action;
    }

    QVector<int> actionsIn(int from, int to) const
    {
        QVector<int> ids;
        auto r = m_actions.range(from, to);
        for (auto *p = r.first; p != r.second; ++p)
            if (p->end() <= to && !negated(*p) && !ids.contains(p->id))
                ids.append(p->id);
        return ids;
    }

    // Whether a topic has a key for this unit at all (其中简易程序案件121件 continues the
    // penalty topic, not the fine mentioned just before it).
    bool topicTakesUnit(int topicId, const QString &unit) const
    {
        return !m_cat.keysFor(topicId, {}, unit).isEmpty() ||
               [&] { for (int a = 0; a < m_cat.actions().size(); ++a) if (!m_cat.keysFor(topicId, {a}, unit).isEmpty()) return true; return false; }();
    }

    // Where the period that governs a figure may be named: from the start of its full sentence
    // (五年来，…；全县累计办理…), unless its semicolon part or clause names the year afresh
    // (一季度…412件，…，全年合计办理…2,048件).
    int periodFrom(int pos, const Span &sentence) const
    {
        static const QRegularExpression opener(QStringLiteral("^\\s*(?:全年|本年度?|年内|今年|(?:19|20)\\d{2}年(?:度)?(?![0-9一二三四五六七八九十]+月|以来))"));
        const Span clause = m_segments.clauseAt(pos);
        if (clause.start > sentence.start && opener.match(QStringView(m_text).mid(clause.start, pos - clause.start)).hasMatch())
            return clause.start;
        const Span full = m_segments.fullSentenceAt(pos);
        // 2020年全区…，出现“十三五”以来首次下降；…191件: a full sentence that opens with the year
        // keeps a period named inside one part to that part.
        if (full.start < sentence.start && !opener.match(QStringView(m_text).mid(sentence.start, pos - sentence.start)).hasMatch() &&
            !opener.match(QStringView(m_text).mid(full.start, sentence.start - full.start)).hasMatch())
            return full.start;
        return sentence.start;
    }

    bool periodGoverns(int pos, const Span &sentence)
    {
        // Periods are rare: look for one first, then decide where this figure's period may start.
        if (!otherPeriod(qMin(sentence.start, m_segments.fullSentenceAt(pos).start), pos))
            return false;
        return otherPeriod(periodFrom(pos, sentence), pos);
    }

    // 力争…, 确保… anywhere in the sentence before the figure; 计划 too (编制年度检查计划，确定
    // 检查企业1,180家次), unless the plan was carried out: 严格执行年度检查计划，…, 三年行动计划实施以来，…
    // or 制定年度涉企检查计划，…，开展跨部门联合检查96次.
    bool targetBefore(const Span &sentence, const Span &clause, int pos) const
    {
        auto r = m_targets.range(sentence.start, pos);
        return std::any_of(r.first, r.second, [&](const PhraseHit &h) {
            if (h.id == 0 || h.start >= clause.start)
                return true;
            static const QRegularExpression carriedOut(QStringLiteral("(?:执行|按照|依照|依据|根据|落实|完成|实施以来)"));
            static const QRegularExpression done(QStringLiteral("(?:开展|实施|完成|办理|查处|作出|收到|受理|审结)"));
            const Span own = m_segments.clauseAt(h.start);
            return !carriedOut.match(QStringView(m_text).mid(own.start, own.end - own.start)).hasMatch() &&
                   !done.match(QStringView(m_text).mid(clause.start, pos - clause.start)).hasMatch();
        });
    }

    bool notCountedHere(int pos) const
    {
        if (m_notCounted.hits.isEmpty())
            return false;
        const Span full = m_segments.fullSentenceAt(pos);
        return m_notCounted.any(full.start, full.end);
    }

    // The body's words of the catalogue's sentence patterns, found once.
    const QVector<PhraseHit> &patternWords()
    {
        if (!m_patternWordsFound) {
            m_patternWordsFound = true;
            m_patternWords = m_patterns.wordsIn(QStringView(m_text).mid(m_layout.bodyStart, m_layout.bodyEnd - m_layout.bodyStart));
        }
        return m_patternWords;
    }

    // Whether the sentence names another period than the report's year before the figure. The
    // body is matched once; figures look the matches up.
    bool otherPeriod(int from, int to)
    {
        if (!m_periodsFound) {
            m_periodsFound = true;
            const QStringView body = QStringView(m_text).mid(m_layout.bodyStart, m_layout.bodyEnd - m_layout.bodyStart);
            for (const int i : {m_otherPeriods, m_sinceYear}) {
                const bool since = i == m_sinceYear; // 2016年以来: only before the covered year
                m_patterns.forEachMatch(i, body, patternWords(), [&](const QRegularExpressionMatch &m) {
                    if (since && !(m_year > 0 && yearValue(m.captured(1)) > 0 && yearValue(m.captured(1)) < m_year))
                        return;
                    if (!m_coveredPart.isEmpty() && m.capturedView() == QStringView(m_coveredPart))
                        return; // 上半年 in a half-year report is the report's own period
                    m_periods.append({m_layout.bodyStart + int(m.capturedStart()), m_layout.bodyStart + int(m.capturedEnd())});
                });
            }
            std::sort(m_periods.begin(), m_periods.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        }
        auto it = std::lower_bound(m_periods.cbegin(), m_periods.cend(), from, [](const Span &s, int p) { return s.start < p; });
        for (; it != m_periods.cend() && it->start < to; ++it)
            if (it->end <= to)
                return true;
        return false;
    }

    // 由上年的73.2%提高到84.91%: last year's value, quoted to compare.
    bool earlierReference(int pos) const
    {
        auto r = m_earlierRefs.range(qMax(0, pos - 6), pos);
        for (auto *p = r.first; p != r.second; ++p)
            if (p->end() == pos)
                return true;
        // 上年同期罚没款为701.3万元: last year's figure named before 为.
        const int from = qMax(0, pos - 16);
        const QStringView before = QStringView(m_text).mid(from, pos - from);
        if (before.contains(u'由') && startingPoint(pos, before))
            return true;
        // …，上年同期分别为1,624件、872.5万元: every value of the list is last year's.
        if (before.trimmed().endsWith(u'、')) {
            static const QRegularExpression list(QStringLiteral(
                "(?:上年同期|去年同期|上一年|上年度?|去年)的?[^,;。、:0-9]{0,8}?分别(?:为|是)\\s*(?:[0-9][0-9.,]*[^,;。、0-9]{0,4}、\\s*)+$"));
            const int wide = qMax(0, pos - 60);
            return list.match(QStringView(m_text).mid(wide, pos - wide)).hasMatch();
        }
        if (!before.contains(u'年') || !(before.trimmed().endsWith(u'为') || before.trimmed().endsWith(u'是')))
            return false;
        static const QRegularExpression named(QStringLiteral("(?:上年同期|去年同期|上一年|上年度?|去年)的?[^,;。、:0-9]{0,8}?(?:为|是)\\s*$"));
        return named.match(before).hasMatch();
    }

    // 人均办案量12件, 件均办理时间: a ratio. But in 应诉案件均为46件 the 均 of 均为 means "all".
    bool perUnit(int from, int to) const
    {
        auto r = m_perUnit.range(from, to);
        for (auto *p = r.first; p != r.second; ++p) {
            const QChar next = p->end() < m_text.size() ? m_text.at(p->end()) : QChar();
            if (!QStringView(u"为是已达在").contains(next))
                return true;
        }
        return false;
    }

    // 由86.2%提高到98.9%, 由2019年的86.2%提高到2020年的98.9%: where a change started, not the level.
    bool startingPoint(int pos, QStringView before) const
    {
        static const QRegularExpression from(QStringLiteral("由\\s*(?:(?:%1)年度?(?:底|末)?的?|上一?年度?的?|去年的?)?\\s*$").arg(kYear));
        if (!from.match(before).hasMatch())
            return false;
        const auto it = std::lower_bound(m_numberStarts.begin(), m_numberStarts.end(), pos);
        if (it == m_numberStarts.end() || *it != pos)
            return false;
        const Quantity &q = m_quantities.at(int(it - m_numberStarts.begin()));
        const QStringView after = QStringView(m_text).mid(q.end, qMin(8, int(m_text.size()) - q.end)).trimmed();
        // 由2.71亿元增至3.06亿元: a one-character verb before 至 or 到.
        static const QRegularExpression shortVerb(QStringLiteral("^[增减升降][至到]"));
        if (shortVerb.match(after).hasMatch())
            return true;
        for (const QString &c : m_cat.cues().change) {
            if (!after.startsWith(c))
                continue;
            const QStringView rest = after.mid(c.size());
            for (const QString &l : m_cat.cues().changeToLevel)
                if (rest.startsWith(l))
                    return true;
        }
        return false;
    }

    // 转结上年度12件: carried over from last year, a part. But in 由上年的73.2%提高到84.91% the
    // 上年 belongs to last year's value, quoted before the new level.
    bool carriedOver(int from, const Quantity &q) const
    {
        auto r = m_carryovers.range(from, q.start);
        for (auto *p = r.first; p != r.second; ++p) {
            bool quoted = false;
            const int first = int(std::lower_bound(m_numberStarts.begin(), m_numberStarts.end(), p->end()) - m_numberStarts.begin());
            for (int k = first; k < m_quantities.size() && m_quantities.at(k).start < q.start; ++k)
                if (earlierReference(m_quantities.at(k).start)) quoted = true;
            if (!quoted)
                return true;
        }
        return false;
    }

    // 排名前两位的是…, 后三名: a rank, not a figure.
    bool rank(const Quantity &o) const
    {
        return o.start > 0 && (m_text.at(o.start - 1) == u'前' || m_text.at(o.start - 1) == u'后') &&
               (o.unit == QStringView(u"位") || o.unit == QStringView(u"名"));
    }

    // Numbers between two positions that are quantities of their own (not durations such as
    // 连续三年, not inside a 《title》).
    bool quantityIn(int from, int to) const
    {
        const int first = int(std::lower_bound(m_numberStarts.begin(), m_numberStarts.end(), from) - m_numberStarts.begin());
        for (int k = first; k < m_quantities.size() && m_quantities.at(k).start < to; ++k) {
            const Quantity &o = m_quantities.at(k);
            if (o.unit == QStringView(u"年") || o.unit == QStringView(u"个月") || o.unit == QStringView(u"月") ||
                o.unit == QStringView(u"天") || o.unit == QStringView(u"日") || o.unit == QStringView(u"届") || insideTitle(o.start) ||
                earlierReference(o.start))
                continue;
            if (rank(o))
                continue;
            return true;
        }
        return false;
    }

    // Inside 《…》: the name of a document, whose numbers and words are not the report's figures.
    bool insideTitle(int pos) const
    {
        auto it = std::upper_bound(m_titles.begin(), m_titles.end(), pos, [](int p, const Span &s) { return p < s.start; });
        return it != m_titles.begin() && (it - 1)->contains(pos);
    }

    // In a township's report, 2016年全县共受理行政复议案件二十三件 is the county's figure: the
    // last whole body named before the number is a higher one (全县, 全区), not the township's.
    bool higherBodyStates(int from, int pos) const
    {
        const QStringView before = QStringView(m_text).mid(from, pos - from);
        qsizetype higher = -1, own = -1;
        for (const QString &w : m_cat.cues().higherBodies)
            higher = qMax(higher, before.lastIndexOf(w));
        if (higher < 0)
            return false;
        for (const QString &w : m_cat.cues().townshipBodies)
            own = qMax(own, before.lastIndexOf(w));
        return higher > own;
    }

    bool governmentAsParty(int from, int pos) const
    {
        // 以盟行政公署为被申请人: a 盟's or 地区's government is its 行政公署.
        static const QRegularExpression party(QStringLiteral(
            "以(?:[市区县省州旗盟]|[^,;。]{0,8}?[市区县省州旗盟])(?:(?:人民)?政府|行政公署)为(?:被申请人|被告)"));
        const Span sentence = m_segments.sentenceAt(pos);
        const int start = qMin(from, sentence.start);
        return party.match(QStringView(m_text).mid(start, pos - start)).hasMatch();
    }

    // 筠连县（88.6%）: a figure in brackets right after another division's name is that division's.
    bool bracketedDivision(int pos) const
    {
        if (m_foldedRegion.isEmpty() || pos < 3 || m_text.at(pos - 1) != u'(')
            return false;
        const Gazetteer &g = Gazetteer::instance();
        for (int len = 2; len <= 10 && pos - 1 - len >= 0; ++len) {
            const QString name = m_text.mid(pos - 1 - len, len);
            if (name != m_foldedRegion && !g.lookupFolded(name).isEmpty())
                return true;
        }
        return false;
    }

    // In a county's or city's report, a clause opening with the enclosing division as a whole
    // (全市, 全省; after a year or 据…通报) states that division's figure.
    bool higherBodyOpens(int pos) const
    {
        if (m_higherWords.isEmpty())
            return false;
        auto opensHigher = [this](QStringView s) {
            return std::any_of(m_higherWords.begin(), m_higherWords.end(), [&](const QString &w) { return s.startsWith(w); });
        };
        // …，全市水利系统全年查处水事违法案件136件，罚款286万元: a clause with no subject of its own
        // goes on with the last one that has one.
        const QStringView s = clauseOpening(pos);
        return opensHigher(s) || (!ownSubjectOpens(s) && opensHigher(subjectClauseOpening(pos))) || higherBureauStates(pos);
    }

    // The opening of the nearest clause before pos in its sentence that names a subject of its own.
    QStringView subjectClauseOpening(int pos) const
    {
        const int from = m_segments.sentenceAt(pos).start;
        for (int at = m_segments.clauseAt(pos).start - 1, n = 0; at > from && n < 6; ++n) {
            const Span previous = m_segments.clauseAt(at);
            const QStringView opening = clauseOpening(previous.end > previous.start ? previous.end - 1 : previous.start);
            if (ownSubjectOpens(opening))
                return opening;
            at = previous.start - 1;
        }
        return {};
    }

    // A higher division's bureau is the subject of pos's clause, or of its sentence where the
    // clause names no subject of its own.
    bool higherBureauStates(int pos) const
    {
        const QStringView s = clauseOpening(pos);
        return higherBureauOpens(s) || (!ownSubjectOpens(s) && higherBureauOpens(sentenceOpening(pos)));
    }

    // Whether a clause opens with a subject of its own (全区…, 区市场监管局…, 我区…) rather than
    // going on with the sentence's.
    static bool ownSubjectOpens(QStringView s)
    {
        return !s.isEmpty() && QStringView(u"全区县市州盟旗省我本各镇乡街").contains(s.front());
    }

    // The words of pos's sentence up to pos, after an opening year or 全年.
    QStringView sentenceOpening(int pos) const { return openingFrom(m_segments.sentenceAt(pos).start, pos); }

    // A bureau of a higher division as the subject: 金华市生态环境局永康分局在我市查处…, 成都市蒲江生态环境局
    // (managed from above, named after the county), and in a district's or county's report
    // 市规划自然资源委丰台分局 or 市生态环境局执法总队. It counts for that bureau even where it works
    // in the body's division; 佛山市顺德区市场监督管理局, the body's own bureau with its city's name
    // before, does not.
    bool higherBureauOpens(QStringView s) const
    {
        if (m_foldedRegion.isEmpty() || !(s.contains(u'局') || s.contains(u'委') || s.contains(QStringView(u"总队"))))
            return false;
        static const QRegularExpression named(QStringLiteral("^([^,;。]{2,8}?[省市州盟区县旗])([^,;。]{0,12}?)(?:局|委|总队)"));
        const QRegularExpressionMatch m = named.match(s);
        if (m.hasMatch() && m_scope->encloses(m.capturedView(1)) && !m.capturedView(2).startsWith(m_foldedRegion) &&
            !m.capturedView(2).contains(u"政府"))
            return true;
        // 市… with no name is the enclosing city only where the body is below it (not 市场…).
        if (s.startsWith(u'市') && !s.startsWith(QStringView(u"市场")) && m_higherWords.contains(QStringLiteral("全市"))) {
            static const QRegularExpression unit(QStringLiteral("^市[^,;。]{1,12}?(?:局|委)[^,;。]{0,8}?(?:分局|总队|支队)"));
            return unit.match(s).hasMatch();
        }
        return false;
    }

    // A clause's words up to pos, after an opening year or 全年 (2024年全市…, 全年，宜兴市…): where
    // its subject stands. The expression runs only when the clause opens like that.
    QStringView clauseOpening(int pos) const { return openingFrom(m_segments.clauseAt(pos).start, pos); }

    // The words from `from` up to pos after an opening year, 全年 or 同期.
    QStringView openingFrom(int from, int pos) const
    {
        QStringView s = QStringView(m_text).mid(from, pos - from).trimmed();
        if (!s.isEmpty() && (s.front().isDigit() || s.front() == u'全' || s.front() == u'同')) {
            static const QRegularExpression lead(QStringLiteral("^(?:(?:19|20)\\d{2}年度?|全年|同期)\\s*,?"));
            const QRegularExpressionMatch m = lead.match(s);
            if (m.hasMatch())
                s = s.mid(m.capturedLength()).trimmed();
        }
        return s;
    }

    // 县食品药品监督管理局派驻的烟霞食品药品监管所…查处案件十五件: a county's or city's bureau's unit
    // stationed in the township reports for that bureau, not for the township.
    bool stationedUnitStates(int from, int pos) const
    {
        // 市渔政部门驻街津口渔政站…, 县…局派驻的…所…: the bureau's own words for its unit.
        const QStringView before = QStringView(m_text).mid(from, pos - from);
        if (!before.contains(u'局') && !before.contains(u"部门"))
            return false; // both need a bureau named before the number
        static const QRegularExpression stationed(QStringLiteral("[市县区旗省州盟][^。;,]{0,14}?(?:局|部门)[^。;,]{0,3}驻"));
        if (stationed.match(before).hasMatch())
            return true;
        static const QRegularExpression bureau(QStringLiteral("^[市县区旗省州盟][^镇乡街]{0,14}?(?:局|部门)"));
        // The subject itself, even where the sentence also names the township (在我镇辖区开展…).
        const Span subject = m_scope->departmentSubject(m_segments.sentenceAt(pos));
        if (subject.end > subject.start && bureau.match(QStringView(m_text).mid(subject.start, subject.end - subject.start)).hasMatch())
            return true;
        const ScopeFacts f = m_scope->scopeAt(pos);
        if (!f.department)
            return false;
        return bureau.match(f.departmentName).hasMatch();
    }

    // A bound, not a level: 同一企业全年检查不超过两次; and 7个辖市区中有6个罚没款超过1,500万元,
    // 其余辖市区受理量均在60件以下 (how many units pass a mark).
    bool threshold(const Quantity &q, const Span &sentence) const
    {
        const QStringView before = QStringView(m_text).mid(sentence.start, q.start - sentence.start);
        // Plain look-ups first: this runs for every number.
        const QStringView tail = before.trimmed().right(3);
        for (const char16_t *w : {u"不超过", u"不少于", u"不低于", u"不高于", u"不多于"})
            if (tail == QStringView(w))
                return true;
        // 受理量不足10件: fewer than, a bound; 出庭应诉率未达到100%: a level not reached.
        if (tail.endsWith(u"不足") || tail.endsWith(u"不到") || tail.endsWith(u"未达到") || tail.endsWith(u"未达"))
            return true;
        // 连续三年超过1.5万件, 连续三年保持在95%以上, 连续三年控制在40件以内: a bound held over years.
        const bool years = before.contains(u"连续") && before.contains(u'年');
        if (!before.contains(u"中有") && !before.contains(u'均') && !years)
            return false;
        static const QRegularExpression counted(QStringLiteral("中有\\s*[0-9一二三四五六七八九十两]+\\s*个|均在|均不足|均超过|连续[0-9一二三四五六七八九十两]+年"));
        if (!counted.match(before).hasMatch())
            return false;
        // 连续三年达到100% is also this year's level; 有5个…达到 a bound on the 5.
        static const QRegularExpression mark(QStringLiteral("(?:超过|不足|低于|高于|达到|在)\\s*$"));
        static const QRegularExpression yearsMark(QStringLiteral("(?:超过|不足|低于|高于)\\s*$"));
        int k = q.end;
        int unitStart = 0;
        if (const int ml = NumberRecognizer::instance().measureAt(m_text, k, &unitStart))
            k = unitStart + ml;
        const QStringView after = QStringView(m_text).mid(k, qMin(3, int(m_text.size()) - k));
        const bool counts = before.contains(u"中有") || before.contains(u'均');
        return (counts ? mark : yearsMark).match(before).hasMatch() || after.startsWith(QStringView(u"以下")) ||
               after.startsWith(QStringView(u"以上")) || after.startsWith(QStringView(u"以内"));
    }

    bool insideQuotation(const Quantity &q) const
    {
        auto it = std::upper_bound(m_quotations.begin(), m_quotations.end(), q.start, [](int p, const Span &s) { return p < s.start; });
        return it != m_quotations.begin() && (it - 1)->contains(q.start) && q.end <= (it - 1)->end;
    }

    // Quotations of a clause or more: “…” within a paragraph holding a comma or 、, of ten to 200
    // characters; short quoted names (“双随机”) are no quotations.
    void findQuotations()
    {
        int open = -1;
        for (int i = m_layout.bodyStart; i < m_layout.bodyEnd; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'“') {
                open = i;
            } else if (c == u'\n') {
                open = -1;
            } else if (c == u'”' && open >= 0) {
                const QStringView quoted = QStringView(m_text).mid(open + 1, i - open - 1);
                if (i - open >= 11 && i - open <= 200 && (quoted.contains(u',') || quoted.contains(u'、')))
                    m_quotations.append({open, i});
                open = -1;
            }
        }
    }

    // An item opened by a bracket and 其中 after a figure: (其中简易程序526件), (其中…类7件).
    bool partsBracket(int itemStart, int pos) const
    {
        if (itemStart <= 0 || (m_text.at(itemStart - 1) != u'(' && m_text.at(itemStart - 1) != u'（'))
            return false;
        const QStringView own = QStringView(m_text).mid(itemStart, pos - itemStart).trimmed();
        for (const QString &s : m_cat.cues().subpart)
            if (own.startsWith(s))
                return true;
        return false;
    }

    // 办理行政处罚案件2,316件（依托…非现场执法手段办理1,402件）: a bracket that opens right after a
    // figure and counts in its unit, naming no topic of its own, breaks that figure down.
    bool breakdownBracket(int itemStart, const Quantity &q) const
    {
        if (itemStart <= 0 || m_text.at(itemStart - 1) != u'(' || m_topics.any(itemStart, q.start))
            return false;
        int k = itemStart - 2;
        while (k >= 0 && m_text.at(k).isSpace()) --k;
        const int first = int(std::lower_bound(m_numberStarts.begin(), m_numberStarts.end(), k + 1) - m_numberStarts.begin());
        if (first == 0)
            return false;
        const Quantity &before = m_quantities.at(first - 1);
        return before.end == k + 1 && before.unit == q.unit && q.start - itemStart <= 24;
    }

    // 办理…10,242件(其中适用一般程序2,318件、简易程序7,924件): a later item of a 其中 bracket, in the
    // same unit as the item before it, is another part.
    bool laterItemOfPartsBracket(int itemStart, int pos, const QString &unit) const
    {
        if (itemStart <= 0 || m_text.at(itemStart - 1) != u'、')
            return false;
        const QStringView before = QStringView(m_text).mid(qMax(0, itemStart - 80), itemStart - qMax(0, itemStart - 80));
        qsizetype open = qMax(before.lastIndexOf(u'('), before.lastIndexOf(u'（'));
        if (open >= 0 && (before.mid(open).contains(u')') || before.mid(open).contains(u'）')))
            open = -1;
        const int bracket = open < 0 ? -1 : itemStart - int(before.size() - open) + 1;
        // 其中适用简易程序当场处罚1,214起、适用一般程序622起: a clause opened by 其中 lists parts too.
        const int from = bracket >= 0 && partsBracket(bracket, pos) ? bracket : [&] {
            const Span clause = m_segments.clauseAt(itemStart);
            const QStringView lead = QStringView(m_text).mid(clause.start, itemStart - clause.start).trimmed();
            for (const QString &s : m_cat.cues().subpart)
                if (lead.startsWith(s))
                    return clause.start;
            return -1;
        }();
        if (from < 0)
            return false;
        // Only items naming a kind of case (一般程序, …案件), not other measures (查封扣押42件).
        const QStringView own = QStringView(m_text).mid(itemStart, pos - itemStart).trimmed();
        bool kind = own.endsWith(u"案件");
        for (const QString &s : m_cat.cues().subtype)
            if (own.contains(s)) kind = true;
        if (!kind)
            return false;
        for (int k = int(std::lower_bound(m_numberStarts.begin(), m_numberStarts.end(), from) - m_numberStarts.begin());
             k < m_quantities.size() && m_quantities.at(k).start < itemStart; ++k)
            if (m_quantities.at(k).unit == unit)
                return true;
        return false;
    }

    // 下达《税务行政处罚决定书》2,364份: a form's name, right before the number, says what was
    // counted; a law's or plan's name elsewhere in the clause says nothing.
    bool formCounted(int pos, int numberStart) const
    {
        auto it = std::upper_bound(m_titles.begin(), m_titles.end(), pos, [](int p, const Span &s) { return p < s.start; });
        if (it == m_titles.begin())
            return false;
        const Span t = *(it - 1);
        if (t.end - t.start > 18 || t.end >= numberStart || m_text.at(t.end) != u'》')
            return false;
        return QStringView(m_text).mid(t.end + 1, numberStart - t.end - 1).trimmed().isEmpty();
    }

    // 《…》 spans of the body (a title left open ends with its paragraph).
    void findTitles()
    {
        int open = -1;
        for (int i = m_layout.bodyStart; i < m_layout.bodyEnd; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'《') open = i;
            else if ((c == u'》' || c == u'\n') && open >= 0) {
                m_titles.append({open, i});
                open = -1;
            }
        }
    }

    // 2020年至2024年，…分别为1,126件、1,348件、…、2,087件, 2022年、2023年、2024年…分别为…: one value a year,
    // of which only the covered year's is a level. A year whose value covers only months (2020年1—11月)
    // is no year's level.
    enum class Series { None, CoveredYear, OtherYear };
    Series yearSeries(int index) const
    {
        const Quantity &q = m_quantities.at(index);
        const Span full = m_segments.fullSentenceAt(q.start);
        const QStringView lead = QStringView(m_text).mid(full.start, q.start - full.start);
        if (!lead.contains(u"分别") && !lead.contains(u"依次为"))
            return Series::None; // the common case, without an expression
        static const QRegularExpression respectively(QStringLiteral("(?:分别为|分别是|依次为|分别)"));
        qsizetype marker = -1;
        QRegularExpressionMatchIterator mi = respectively.globalMatch(lead);
        while (mi.hasNext()) {
            const QRegularExpressionMatch m = mi.next();
            marker = m.capturedEnd();
        }
        if (marker < 0)
            return Series::None;
        // The values listed after the marker, joined by 、 , 和 or 及.
        const int listStart = full.start + int(marker);
        int first = int(std::lower_bound(m_numberStarts.begin(), m_numberStarts.end(), listStart) - m_numberStarts.begin());
        if (first >= m_quantities.size() || first > index ||
            !QStringView(m_text).mid(listStart, m_quantities.at(first).start - listStart).trimmed().isEmpty())
            return Series::None;
        int last = first;
        while (last + 1 < m_quantities.size()) {
            const QStringView between = QStringView(m_text).mid(m_quantities.at(last).end, m_quantities.at(last + 1).start - m_quantities.at(last).end).trimmed();
            if ((between != u"、" && between != u"," && between != u"和" && between != u"及") ||
                m_quantities.at(last + 1).unit != m_quantities.at(first).unit)
                break; // …2,087件，五年间增长…: a year's count is no value of the series
            ++last;
        }
        if (index > last)
            return Series::None;
        // The years before the marker: a range or a list.
        static const QRegularExpression year(QStringLiteral("(%1)年?").arg(kYear));
        static const QRegularExpression range(QStringLiteral(
            "(%1)年?\\s*(?:至|到|—|–|-|~)\\s*(%1)年").arg(kYear));
        const QStringView head = lead.left(marker);
        QVector<int> years; // 0 for a year given only in part
        const QRegularExpressionMatch rm = range.match(head);
        if (rm.hasMatch()) {
            const int a = yearValue(rm.captured(1)), b = yearValue(rm.captured(2));
            if (a <= 0 || b < a || b - a > 30)
                return Series::None;
            for (int y = a; y <= b; ++y)
                years.append(y);
        } else {
            QRegularExpressionMatchIterator yi = year.globalMatch(head);
            while (yi.hasNext()) {
                const QRegularExpressionMatch m = yi.next();
                if (!m.captured(0).endsWith(u'年'))
                    continue;
                static const QRegularExpression months(QStringLiteral("^\\s*[0-9一二三四五六七八九十]+\\s*[-—–~至到]"));
                const bool part = months.match(head.mid(m.capturedEnd())).hasMatch();
                years.append(part ? 0 : yearValue(m.captured(1)));
            }
        }
        if (years.size() < 2 || years.size() != last - first + 1)
            return Series::None;
        const int y = years.at(index - first);
        return y > 0 && y == m_year ? Series::CoveredYear : Series::OtherYear;
    }

    // 2019 or 二〇一九 as a number.
    static int yearValue(const QString &y)
    {
        bool ok = false;
        const int v = y.toInt(&ok);
        if (ok)
            return v;
        static const QString digits = QStringLiteral("〇一二三四五六七八九");
        int out = 0;
        for (const QChar c : y) {
            const int d = c == u'零' || c == u'○' ? 0 : int(digits.indexOf(c));
            if (d < 0)
                return 0;
            out = out * 10 + d;
        }
        return out;
    }

    // The earlier year a figure is about: 较2023年的7598次, 比2021年（948.2万元）, or a sentence opening
    // with 2015年 in a 2016 report.
    bool earlierYear(const Quantity &q, const Span &sentence) const
    {
        static const QRegularExpression compared(QStringLiteral("(较|比|同比|低于|高于|少于|多于|由)\\s*(%1)年(度)?(同期)?(的)?\\s*\\(?\\s*$").arg(kYear));
        const QStringView before = QStringView(m_text).mid(qMax(sentence.start, q.start - 16), q.start - qMax(sentence.start, q.start - 16));
        if (before.contains(u'年')) {
            const QRegularExpressionMatch cm = compared.match(before);
            // 由2019年的86.2%提高到…: the starting point, when it is an earlier year's.
            if (cm.hasMatch() && (cm.captured(1) != u"由" || m_year <= 0 || yearValue(cm.captured(2)) < m_year))
                return true;
            // 受理量2018年为86件，2019年为97件: the value an earlier year is said to be.
            static const QRegularExpression yearIs(QStringLiteral("(%1)年度?(?:为|是)\\s*$").arg(kYear));
            const QRegularExpressionMatch ym = yearIs.match(before);
            if (ym.hasMatch() && m_year > 0 && yearValue(ym.captured(1)) < m_year)
                return true;
        }
        if (m_year <= 0)
            return false;
        // 与2015年全市办理行政处罚案件19,204件相比: a clause framing an earlier year's figure to compare.
        {
            const Span clause = m_segments.clauseAt(q.start);
            const QStringView lead = QStringView(m_text).mid(clause.start, q.start - clause.start).trimmed();
            if ((lead.startsWith(u'与') || lead.startsWith(u'同')) && lead.contains(u'年') &&
                QStringView(m_text).mid(q.end, clause.end - q.end).contains(QStringView(u"相比"))) {
                static const QRegularExpression frame(QStringLiteral("^[与同]\\s*(%1)年").arg(kYear));
                const QRegularExpressionMatch fm = frame.match(lead);
                if (fm.hasMatch() && yearValue(fm.captured(1)) > 0 && yearValue(fm.captured(1)) < m_year)
                    return true;
            }
        }
        static const QRegularExpression opening(QStringLiteral("^\\s*(?:[0-9一二三四五六七八九十]+[.、]|\\([一二三四五六七八九十0-9]+\\))?\\s*((?:19|20)\\d{2})年(?!以来)"));
        // 2014年，全市…1.67万件；…受理行政复议案件98件: the year opening the full sentence covers its parts.
        for (int from : {sentence.start, m_segments.clauseAt(q.start).start, m_segments.fullSentenceAt(q.start).start}) {
            const QStringView head = QStringView(m_text).mid(from, qMin(12, q.start - from));
            if (!head.contains(u'年'))
                continue;
            const QRegularExpressionMatch m = opening.match(QStringView(m_text).mid(from, q.start - from));
            if (m.hasMatch() && m.captured(1).toInt() < m_year)
                return true;
        }
        return false;
    }

    // Whether text names the division's organs as a whole (`wholeGovernment`: 全县各级行政机关 …).
    bool namesWholeGovernment(QStringView text) const
    {
        if (!text.contains(u'全'))
            return false;
        const QStringList &words = m_cat.cues().wholeGovernment;
        return std::any_of(words.begin(), words.end(), [&](const QString &w) { return text.contains(w); });
    }

    // Whether text[at, at + length) is part of a division's name the gazetteer knows (山海关区).
    static bool insidePlaceName(QStringView text, qsizetype at, qsizetype length)
    {
        for (qsizetype from = qMax<qsizetype>(0, at - 2); from < at; ++from)
            for (qsizetype end = at + length; end <= qMin(text.size(), at + length + 1); ++end)
                if (!Gazetteer::instance().lookupFolded(text.mid(from, end - from).toString()).isEmpty())
                    return true;
        return false;
    }

    // The subject of the clause (or sentence) is another institution: a court or procuratorate.
    bool foreignSubject(const Span &sentence, const Span &clause, int pos) const
    {
        // 法院受理以行政机关为被告的案件: the court counts the body's own cases.
        for (const QString &own : m_cat.cues().ownDefendant)
            if (QStringView(m_text).mid(clause.start, pos - clause.start).contains(own))
                return false;
        // 向公安机关移送…73件，公安机关已立案68件: the institution may open a later clause too.
        if (!m_foreign.any(sentence.start, qMin(pos, sentence.start + 24)) && !m_foreign.any(clause.start, qMin(pos, clause.start + 12)))
            return false;
        // 在法院开庭审理的404宗案件中，全区行政机关负责人出庭应诉398宗: a clause naming the
        // body's own organs as its subject is theirs, whatever the sentence named before.
        // Not where the organs are what the institution's verb is about: 据区人民法院通报，全年受理涉及
        // 全区行政机关的一审行政案件2,136宗.
        if (clause.start > sentence.start && namesWholeGovernment(QStringView(m_text).mid(clause.start, pos - clause.start))) {
            const QStringView own = QStringView(m_text).mid(clause.start, pos - clause.start);
            qsizetype at = own.size();
            for (const QString &w : m_cat.cues().wholeGovernment)
                if (const qsizetype k = own.indexOf(w); k >= 0)
                    at = qMin(at, k);
            static const QRegularExpression objectOf(QStringLiteral("受理|涉及|审理|审结|收到|起诉|针对"));
            if (!objectOf.match(own.left(at)).hasMatch())
                return false;
        }
        for (const Span &part : {clause, sentence}) {
            QStringView s = QStringView(m_text).mid(part.start, pos - part.start).trimmed();
            static const QRegularExpression adverbial(QStringLiteral("^(?:(?:19|20)\\d{2}年(?:度)?|全年|年内|同时|此外|另外|其中)[,]?"));
            const QRegularExpressionMatch am = adverbial.match(s);
            if (am.hasMatch())
                s = s.mid(am.capturedLength());
            // 海关、税务…垂直管理机构全年作出…: vertically managed bodies named first.
            for (const QString &opener : m_cat.cues().foreignOpeners)
                if (s.startsWith(opener))
                    return true;
            for (const QString &suffix : m_cat.cues().foreignSuffixes) {
                const qsizetype at = s.indexOf(suffix);
                // The institution named first, before any verb: 市人民法院全年审结…, not 受理…法院…案件
                // or 以县公安局为被申请人…; nor a place whose name holds it (山海关区).
                if (at >= 0 && at <= 12 && !insidePlaceName(s, at, suffix.size())) {
                    const QStringView lead = s.left(at);
                    static const QRegularExpression verb(QStringLiteral("(受理|办理|收到|接收|应诉|参加|配合|支持|向|被|对|经|以|在|会同|协同)"));
                    if (!verb.match(lead).hasMatch())
                        return true;
                }
            }
        }
        return false;
    }

    void resolve(int index)
    {
        const Quantity &q = m_quantities.at(index);
        if (q.unit.isEmpty() || insideTitle(q.start))
            return;
        Span clause = m_segments.clauseAt(q.start);
        // 行政执法检查：3,286次, a line of a data list: the label and its value are one clause.
        if (clause.start > 0 && m_text.at(clause.start - 1) == u':' &&
            QStringView(m_text).mid(clause.start, q.start - clause.start).trimmed().isEmpty()) {
            const Span label = m_segments.clauseAt(clause.start - 1);
            if (label.end - label.start <= 20 && !QStringView(m_text).mid(label.start, label.end - label.start).contains(u'\n'))
                clause.start = label.start;
        } else if (QStringView(m_text).mid(clause.start, q.start - clause.start).trimmed().isEmpty()) {
            // 全年开展行政检查 / 1.26万次: a data card's label on the line above its value.
            int k = clause.start - 1;
            while (k >= 0 && m_text.at(k).isSpace()) --k;
            if (k >= 0 && k < clause.start - 1) {
                const Span label = m_segments.paragraphAt(k);
                const QStringView t = QStringView(m_text).mid(label.start, label.end - label.start).trimmed();
                if (!t.isEmpty() && t.size() <= 16 && !quantityIn(label.start, label.end) && t.back().isLetter())
                    clause.start = label.start;
            }
        }
        const Span sentence = m_segments.sentenceAt(q.start);
        // 罚没款超过100万元的案件9起, 罚款1万元以上的: a threshold that sorts cases, not a level.
        {
            const QStringView after = QStringView(m_text).mid(q.end, 4);
            if (after.startsWith(QStringView(u"的案件")) || after.startsWith(QStringView(u"以上的")) ||
                after.startsWith(QStringView(u"以下的")))
                return;
        }
        if (isChange(q, clause))
            return;
        if (inPlan(q.start) || targetBefore(sentence, clause, q.start))
            return; // a plan or a target, not what happened
        const Series series = yearSeries(index);
        if (series == Series::OtherYear)
            return; // 2020年至2024年…分别为1,126件、…: another year's value of the series
        if (series != Series::CoveredYear && (earlierYear(q, sentence) || earlierReference(q.start)))
            return; // last year's figure, for comparison
        if (perUnit(clause.start, q.start))
            return; // 人均办案量: a ratio
        if (series != Series::CoveredYear && periodGoverns(q.start, sentence))
            return; // 1—11月…, 五年来累计…: not the year's level
        if (notCountedHere(q.start))
            return; // 由镇(街道)作出处罚决定…不计入本局数据
        if (m_departmentReport && !m_region.isEmpty()) {
            // 宜兴市全年办理行政处罚案件4,862件 in the report of a bureau or zone of 宜兴市.
            const QStringView c = clauseOpening(q.start);
            if (c.startsWith(m_foldedRegion) && !c.mid(m_foldedRegion.size()).startsWith(u'本') &&
                !c.contains(u"为被申请人") && !c.contains(u"为被告"))
                return;
        }
        if (m_departmentReport) {
            if (namesWholeGovernment(QStringView(m_text).mid(sentence.start, q.start - sentence.start)))
                return; // a bureau's report quoting the whole government's figure
            // 全县2020年行政机关负责人出庭应诉率为92.7%: the division's organs, with the year between.
            static const QRegularExpression division(QStringLiteral(
                "^全[省市州盟县区旗](?:19|20)\\d{2}年度?(?:各级)?行政机关"));
            const QStringView opening = clauseOpening(q.start);
            if (opening.startsWith(u'全') && division.match(opening).hasMatch())
                return;
        }
        if (foreignSubject(sentence, clause, q.start))
            return;
        if (m_townshipReport && (higherBodyStates(sentence.start, q.start) || stationedUnitStates(sentence.start, q.start) ||
                                 higherBureauStates(q.start)))
            return;
        if (!m_townshipReport && higherBodyOpens(q.start))
            return; // 2024年全市行政机关负责人出庭应诉率为99.6% in a county's report
        if (threshold(q, sentence))
            return;
        // 此前稿件中“开展行政检查2,798次、办理行政处罚案件1,274宗”为11月底统计数: words quoted
        // from elsewhere, not this report's statement.
        if (insideQuotation(q))
            return;
        // 对被撤销的1件工伤认定决定，及时重新作出认定: the objects of an action, counted again.
        if (q.start > clause.start && m_text.at(q.start - 1) == u'的' &&
            QStringView(m_text).mid(clause.start, q.start - clause.start).trimmed().startsWith(u'对'))
            return;

        // An item of a list "A 79件、B 7件": its own words start after the previous item.
        int itemStart = clause.start;
        {
            const QStringView head = QStringView(m_text).mid(clause.start, q.start - clause.start);
            for (qsizetype k = head.size() - 1; k > 0; --k) {
                if (head.at(k) != u'、')
                    continue;
                if (quantityIn(clause.start, clause.start + int(k))) {
                    // Only when the list items are quantities: 新收79件、上年结转7件.
                    int j = int(k) - 1;
                    while (j >= 0 && head.at(j).isSpace()) --j;
                    if (j >= 0 && !head.at(j).isLetterOrNumber() && head.at(j) != u'%') break;
                    itemStart = clause.start + int(k) + 1;
                }
                break;
            }
            // 收到89件受理82件审结80件: items written without punctuation, each opened by its action.
            if (itemStart == clause.start && index > 0 && m_quantities.at(index - 1).start >= clause.start) {
                const Quantity &prev = m_quantities.at(index - 1);
                const QStringView between = QStringView(m_text).mid(prev.end, q.start - prev.end);
                if (!between.isEmpty() && std::all_of(between.begin(), between.end(), [](QChar c) { return c.isLetter(); }) &&
                    m_actions.any(prev.end, q.start))
                    itemStart = prev.end;
            }
            // 办理行政复议案件286件(其中新收261件、上年结转25件): a bracket after a quantity opens
            // items of their own.
            const int bracket = int(qMax(head.lastIndexOf(u'('), head.lastIndexOf(u'（')));
            if (bracket > 0 && clause.start + bracket + 1 > itemStart && quantityIn(clause.start, clause.start + bracket) &&
                !head.mid(bracket).contains(u')') && !head.mid(bracket).contains(u'）'))
                itemStart = clause.start + bracket + 1;
        }

        const PhraseHit *topic = nullptr;
        bool inherited = false;
        QVector<int> actions;
        bool actionsFixed = false;

        // The counted noun right after the unit: 受理5起行政复议案件.
        {
            int k = q.end;
            while (k < clause.end && (m_text.at(k) == u' ' || m_text.at(k) == u'的')) ++k;
            auto r = m_topics.range(k, k + 1);
            if (r.first != r.second && r.first->end() <= clause.end && !insideTitle(r.first->start)) {
                // 2件行政处罚案卷: the noun after the topic is what was counted, and it excludes it.
                if (excluded(r.first->id, r.first->end(), r.first->end() + 1))
                    return;
                topic = r.first;
                // 90件行政诉讼案件由负责人出庭应诉: what follows 由… says what was counted.
                auto later = m_topics.range(topic->end(), clause.end);
                for (auto *p = later.first; p != later.second; ++p) {
                    const QStringView between = QStringView(m_text).mid(topic->end(), p->start - topic->end());
                    if (between.contains(u'由') && between.size() <= 10 && p->id != topic->id) {
                        topic = p;
                        break;
                    }
                }
            }
        }
        // 分别: "受理、审结行政复议案件分别为12件、10件".
        if (!topic) {
            auto resp = m_respectively.range(clause.start, q.start);
            // 分别为428件、391件、376件（含上年结转25件）: a bracket's figures are no items of the list.
            auto bracketed = [this](int from, int pos) {
                int depth = 0;
                for (int k = from; k < pos; ++k) {
                    const QChar c = m_text.at(k);
                    if (c == u'(') ++depth;
                    else if (c == u')' && depth > 0) --depth;
                }
                return depth > 0;
            };
            const int respAt = resp.first != resp.second ? (resp.second - 1)->start : -1;
            if (respAt >= 0 && !bracketed(respAt, q.start)) {
                const int respPos = respAt;
                int j = 0;
                for (int k = index - 1; k >= 0 && m_quantities.at(k).start > respPos; --k)
                    if (!bracketed(respPos, m_quantities.at(k).start))
                        ++j;
                QVector<const PhraseHit *> topicsBefore;
                auto tr = m_topics.range(clause.start, respPos);
                for (auto *p = tr.first; p != tr.second; ++p)
                    topicsBefore.append(p);
                QVector<int> actionsBefore;
                auto ar = m_actions.range(clause.start, respPos);
                for (auto *p = ar.first; p != ar.second; ++p)
                    if (!negated(*p)) actionsBefore.append(p->id);
                int items = 0;
                for (int k = index; k < m_quantities.size() && m_quantities.at(k).start < clause.end; ++k)
                    if (!bracketed(respPos, m_quantities.at(k).start))
                        ++items;
                items += j;
                if (!topicsBefore.isEmpty()) {
                    if (topicsBefore.size() == items && j < topicsBefore.size())
                        topic = topicsBefore.at(j);
                    else
                        topic = topicsBefore.last();
                    if (actionsBefore.size() == items && j < actionsBefore.size()) {
                        actions = {actionsBefore.at(j)};
                        actionsFixed = true;
                    }
                }
            }
        }
        // 行政诉讼案件9件（其中治安管理处罚类7件）: a 类 (kind) of the figure before a 其中 bracket
        // is a part of that figure, whatever words name the kind.
        // So is one of a clause opened by 其中 (…行政诉讼案件15件，其中治安管理处罚类5件、道路交通管理类4件).
        const bool qizhongClause = QStringView(m_text).mid(clause.start, q.start - clause.start).trimmed().startsWith(u"其中");
        if (!topic && ((itemStart > clause.start && partsBracket(itemStart, q.start)) || qizhongClause)) {
            if (QStringView(m_text).mid(itemStart, q.start - itemStart).trimmed().endsWith(u'类')) {
                const int from = qizhongClause ? sentence.start : clause.start;
                auto r = m_topics.range(from, qizhongClause ? clause.start : itemStart - 1);
                for (qsizetype k = r.second - r.first - 1; k >= 0 && !topic; --k)
                    if (!insideTitle((r.first + k)->start) && topicTakesUnit((r.first + k)->id, q.unit))
                        topic = r.first + k;
                if (topic)
                    inherited = true;
            }
        }
        if (!topic && continuesList(index, clause))
            return;
        // The nearest topic before the number in its clause.
        if (!topic) {
            auto r = m_topics.range(clause.start, q.start);
            const PhraseHit *left = nullptr;
            QSet<int> ids;
            int firstTopic = -1;
            for (auto *p = r.first; p != r.second; ++p) {
                if (p->end() > q.start || (insideTitle(p->start) && !formCounted(p->start, q.start)))
                    continue;
                left = p;
                ids.insert(p->id);
                if (firstTopic < 0) firstTopic = p->start;
            }
            if (left) {
                // 出庭应诉率由2019年的86.2%提高到2020年的98.9%: the gap is counted after the start.
                int gapFrom = left->end();
                for (int k = index - 1; k >= 0 && m_quantities.at(k).start >= left->end(); --k)
                    if (earlierReference(m_quantities.at(k).start)) {
                        gapFrom = m_quantities.at(k).end;
                        break;
                    }
                const QStringView gap = QStringView(m_text).mid(gapFrom, q.start - gapFrom);
                // 参与行政处罚审核、行政复议、行政诉讼等工作45件: several topics enumerated and
                // counted together belong to none of them.
                const QStringView span = QStringView(m_text).mid(firstTopic, q.start - firstTopic);
                bool enumeration = ids.size() >= 2 && (span.contains(u'、') || span.contains(u'等')) &&
                                   !quantityIn(firstTopic, left->start);
                // 行政复议应诉案件1,126件, 行政复议和应诉案件共计118件: two topics joined, one count of both.
                if (!enumeration && ids.size() >= 2) {
                    for (auto *p = r.first; p != r.second && !enumeration; ++p) {
                        if (p == left || p->id == left->id || p->end() > left->start)
                            continue;
                        const QStringView joint = QStringView(m_text).mid(p->end(), left->start - p->end());
                        enumeration = joint.isEmpty() || joint == u"和" || joint == u"、" || joint == u"及" || joint == u"与";
                    }
                }
                // 公示行政许可、行政处罚等信息4.8万条: the topic is one of several kinds counted together.
                // 公开行政许可、行政处罚结果2,318条: records of several kinds.
                if (!enumeration && left->start > 0 && QStringView(u"、和及").contains(m_text.at(left->start - 1)) &&
                    (gap.contains(u'等') || q.unit == QStringView(u"条")) &&
                    !quantityIn(qMax(clause.start, left->start - 12), left->start))
                    enumeration = true;
                // 罚款126.5万元、301.2万元、84.6万元: values listed after one topic are all its.
                bool valueList = false;
                if (quantityIn(left->end(), q.start)) {
                    valueList = true;
                    int pos = left->end();
                    for (int k = 0; k < m_quantities.size() && valueList; ++k) {
                        const Quantity &o = m_quantities.at(k);
                        if (o.start < left->end() || o.start >= q.start)
                            continue;
                        const QStringView between = QStringView(m_text).mid(pos, o.start - pos).trimmed();
                        if (pos > left->end() && !(between == u"、" || between == u"和" || between == u"及" || between == u"与" || between == u","))
                            valueList = false;
                        if (o.unit != q.unit)
                            valueList = false;
                        pos = o.end;
                    }
                    const QStringView last = QStringView(m_text).mid(pos, q.start - pos).trimmed();
                    if (!(last == u"、" || last == u"和" || last == u"及" || last == u"与" || last == u","))
                        valueList = false;
                }
                bool itemContinues = false;
                if (!valueList && itemStart > left->end() && quantityIn(left->end(), itemStart)) {
                    // 收到行政复议申请82件、受理70件、审结79件: each item has its own action.
                    auto cr = m_continuations.range(itemStart, q.start);
                    for (auto *p = cr.first; p != cr.second; ++p)
                        if (p->id == left->id && !negated(*p)) itemContinues = true;
                    // 立案查处违法用地案件46件、违法采矿案件7件: items naming kinds of 案件 in the
                    // same unit share the list's topic.
                    const QStringView own = QStringView(m_text).mid(itemStart, q.start - itemStart).trimmed();
                    // 办理行政处罚案件1,478件（其中简易程序526件）: a bracket opened by 其中 gives parts.
                    if (partsBracket(itemStart, q.start) || laterItemOfPartsBracket(itemStart, q.start, q.unit) ||
                        breakdownBracket(itemStart, q))
                        itemContinues = true;
                    for (int k = index - 1; k >= 0 && !itemContinues; --k) {
                        const Quantity &o = m_quantities.at(k);
                        if (o.end > itemStart)
                            continue;
                        if (o.start < left->end())
                            break;
                        const QStringView theirs = QStringView(m_text).mid(left->end(), o.start - left->end()).trimmed();
                        itemContinues = o.unit == q.unit && own.size() <= 12 && own.endsWith(u"案件") && theirs.endsWith(u"案件");
                        break; // only the item just before
                    }
                }
                const bool joined = ids.size() >= 2 && (span.contains(u'、') || span.contains(u'和') || span.contains(u'及'));
                if (joined && !itemContinues && gap.size() <= 8 && gap.contains(u'均') && !quantityIn(firstTopic, q.start)) {
                    // 行政应诉案件和负责人出庭应诉案件均为46件: each topic counted has that value.
                    QSet<int> done;
                    const QVector<int> shared = actionsIn(clause.start, q.start);
                    for (auto *p = r.first; p != r.second; ++p) {
                        if (p->end() > q.start || done.contains(p->id) || insideTitle(p->start))
                            continue;
                        done.insert(p->id);
                        for (const IndicatorDef *d : m_cat.keysFor(p->id, shared, q.unit)) {
                            m_mentions.append(mentionOf(d->key, q, clause));
                        }
                    }
                    return;
                }
                // 审结4件，其中调解结案1件、确认违法1件: an item whose own word continues another topic
                // (确认违法, of 行政复议) is not the item before it (调解); it continues the sentence's.
                bool othersWord = false;
                if (!itemContinues && itemStart > left->end()) {
                    auto cr = m_continuations.range(itemStart, q.start);
                    for (auto *p = cr.first; p != cr.second && !othersWord; ++p)
                        othersWord = p->id != left->id && !negated(*p) && !m_topics.any(itemStart, q.start);
                }
                if (!othersWord) {
                    // 行政复议机关依法作出撤销、变更、确认违法等纠错决定108件: a longer gap that goes on with
                    // the topic's own words still belongs to it.
                    bool carriesOn = false;
                    if (gap.size() > 20 && gap.size() <= 32) {
                        auto cr = m_continuations.range(left->end(), q.start);
                        for (auto *p = cr.first; p != cr.second && !carriesOn; ++p)
                            carriesOn = p->id == left->id && !negated(*p);
                        // 查处坭兴陶、大蚝等特色产品商标侵权和虚假宣传案件43件: one long object, ending in
                        // the cases counted, with no figure inside it.
                        carriesOn = carriesOn || (gap.trimmed().endsWith(QStringView(u"案件")) && !quantityIn(left->end(), q.start));
                    }
                    if (!itemContinues && ((gap.size() > 20 && !carriesOn) || enumeration || (quantityIn(left->end(), q.start) && !valueList)))
                        return;
                    topic = left;
                    inherited = itemContinues;
                }
            }
        }
        // A clause without a topic continues the sentence's, or the paragraph's when it opens
        // with a word of that topic: 收到…申请36件,受理30件; …。全年审结185件.
        bool framedPart = false;
        if (!topic) {
            const Span para = bulletedListFrom(m_segments.paragraphAt(q.start));
            const QStringView lead = QStringView(m_text).mid(clause.start, q.start - clause.start).trimmed();
            bool subpartLead = false;
            // 其中，一般程序案件3215件: 其中 may stand alone before a comma.
            const Span before = clause.start > sentence.start ? m_segments.clauseAt(clause.start - 1) : Span{clause.start, clause.start};
            const QStringView leadClause = QStringView(m_text).mid(before.start, qMax(0, clause.start - 1 - before.start)).trimmed();
            for (const QString &s : m_cat.cues().subpart)
                if (lead.startsWith(s) || leadClause == s) subpartLead = true;
            // 收到…申请186件，受理171件（其中复议前置案件27件）: a 其中 bracket after a figure whose
            // topic stood in an earlier clause.
            if (itemStart > clause.start && partsBracket(itemStart, q.start))
                subpartLead = true;
            // 从办案领域看，食品安全领域案件142件…, 按类别分，…: a clause that says how the figure before
            // is broken down opens its parts, as 其中 does.
            static const QRegularExpression breakdown(QStringLiteral("^(?:从|按|分)[^,;。]{1,8}(?:看|分|划分|统计)$"));
            bool breakdownLead = false;
            // The opener stands before the first item; later items follow it clause by clause, each
            // with its figure (…142件，药品…领域案件37件，…).
            for (int at = clause.start - 1, n = 0; !subpartLead && !breakdownLead && at > sentence.start && n < 12; ++n) {
                const Span previous = m_segments.clauseAt(at);
                const QStringView text = QStringView(m_text).mid(previous.start, at - previous.start).trimmed();
                if (text.size() <= 10 && !text.isEmpty() && QStringView(u"从按分").contains(text.front()) &&
                    breakdown.match(text).hasMatch())
                    breakdownLead = true;
                else if (!quantityIn(previous.start, at))
                    break;
                at = previous.start - 1;
            }
            subpartLead = subpartLead || breakdownLead;
            // 全市办理的行政处罚案件中，市本级办理1,102件，各县…共办理20,486件: a clause ending in 案件中
            // frames the set whose parts the next clauses count, each by its own action.
            if (!subpartLead && q.unit != QStringView(u"%") && m_actions.any(clause.start, q.start)) {
                for (int at = clause.start - 1, n = 0; at > sentence.start && n < 3; ++n) {
                    const Span previous = m_segments.clauseAt(at);
                    const QStringView text = QStringView(m_text).mid(previous.start, at - previous.start).trimmed();
                    if (text.endsWith(QStringView(u"案件中")) && m_topics.any(previous.start, at)) {
                        subpartLead = true;
                        // Parts of the set where they count what it counts (办理…中，市本级办理…), not
                        // another action on it (审结的…案件中，行政机关败诉41件).
                        const QVector<int> own = actionsIn(clause.start, q.start);
                        for (int a : actionsIn(previous.start, at))
                            framedPart = framedPart || own.contains(a);
                        break;
                    }
                    at = previous.start - 1;
                }
            }
            auto cr = m_continuations.range(itemStart, q.start);
            auto r = m_topics.range(para.start, clause.start);
            // 其中 refers to the sentence before, up to its full stop: 查处…案件1637起；罚款…元。其中…案件412起.
            const int fullStart = m_segments.fullSentenceAt(q.start).start;
            const int previousStart = breakdownLead
                ? para.start // what the paragraph stated before
                : qMin(m_segments.sentenceAt(qMax(para.start, sentence.start - 1)).start,
                       sentence.start == fullStart ? m_segments.fullSentenceAt(qMax(para.start, fullStart - 1)).start
                                                   : sentence.start);
            // 应诉案件和出庭应诉案件均为268件，其中一审226件: where the figure before names several
            // topics, the part's own word (一审, of 行政诉讼) says whose part it is.
            if (subpartLead && cr.first != cr.second) {
                for (qsizetype k = r.second - r.first - 1; k >= 0 && !topic; --k) {
                    const PhraseHit *t = r.first + k;
                    if (insideTitle(t->start) || t->start < previousStart || !topicTakesUnit(t->id, q.unit))
                        continue;
                    for (auto *p = cr.first; p != cr.second; ++p)
                        if (p->id == t->id && !negated(*p)) { topic = t; break; }
                }
            }
            // Index arithmetic: an empty range may have null pointers.
            for (qsizetype k = r.second - r.first - 1; k >= 0 && !topic; --k) {
                const PhraseHit *t = r.first + k;
                if (insideTitle(t->start))
                    continue;
                const bool sameSentence = t->start >= sentence.start;
                if (subpartLead && (sameSentence || t->start >= previousStart) && topicTakesUnit(t->id, q.unit)) {
                    topic = t;
                    break;
                }
                for (auto *p = cr.first; p != cr.second; ++p)
                    if (p->id == t->id && !negated(*p) && topicTakesUnit(t->id, q.unit)) { topic = t; break; }
            }
            // 其中一般程序案件12件，简易程序案件30件: a clause parallel to a 其中 clause before it
            // in the same sentence (the same unit, a 案件-like noun) is another part of the same
            // figure, also after a semicolon: 其中超限案件412起，罚款…元；非法营运案件286起.
            // So is one counted by an action the 其中 clause used (其中浑南区…分别办理5,862件、…，新民市、
            // 康平县、法库县3个县（市）共办理2,962件).
            const QVector<int> leadActions = actionsIn(clause.start, q.start);
            if (!topic && m_quantities.at(index).unit == q.unit && (lead.contains(u"案件") || !leadActions.isEmpty())) {
                const int topicsFrom = m_segments.fullSentenceAt(qMax(para.start, fullStart - 1)).start;
                for (int at = clause.start - 1; at >= fullStart && !topic;) {
                    const Span previous = m_segments.clauseAt(at);
                    at = previous.start - 1;
                    const QStringView prevText = QStringView(m_text).mid(previous.start, previous.end - previous.start).trimmed();
                    bool subpartPrev = false;
                    for (const QString &s : m_cat.cues().subpart)
                        if (prevText.startsWith(s)) subpartPrev = true;
                    if (!subpartPrev)
                        continue;
                    if (!lead.contains(u"案件")) {
                        const QVector<int> theirs = actionsIn(previous.start, previous.end);
                        if (std::none_of(leadActions.begin(), leadActions.end(), [&](int a) { return theirs.contains(a); }))
                            break;
                    }
                    // Mentions so far are in text order (tables are added after).
                    for (auto o = firstMentionFrom(previous.start); o != m_mentions.cend() && o->start < previous.end; ++o) {
                        if (o->unit != q.unit)
                            continue;
                        const IndicatorDef *def = m_cat.indicator(o->key);
                        auto tr = m_topics.range(topicsFrom, previous.start);
                        for (qsizetype k = tr.second - tr.first - 1; k >= 0 && !topic; --k)
                            if (def && m_cat.topics().at((tr.first + k)->id).id == def->topic)
                                topic = tr.first + k;
                    }
                    break; // only the nearest 其中 clause
                }
            }
            // 受理…价格认定申请186件，办结186件: the continuation goes on with the figure before it in
            // its sentence, which an action counted with an object no topic names, not with a topic
            // of an earlier sentence (维持214件, 不予受理26件 are no such figures: no object).
            if (topic && topic->start < fullStart) {
                for (int k = index - 1; k >= 0 && m_quantities.at(k).start >= fullStart; --k) {
                    const Quantity &o = m_quantities.at(k);
                    const auto stated = firstMentionFrom(o.start);
                    if (o.unit != q.unit || (stated != m_mentions.cend() && stated->start == o.start))
                        continue;
                    const auto acts = m_actions.range(m_segments.clauseAt(o.start).start, o.start);
                    if (acts.first != acts.second && o.start - (acts.second - 1)->end() >= 2)
                        return; // an action and its own object noun: 受理…申请186件
                }
            }
            if (!topic)
                return;
            inherited = true;
        }
        // 查处林业行政案件43起: the word that excludes the nearest topic (查处, for lawsuits) is a
        // topic of its own (penalties) and names what was counted.
        if (inherited || excluded(topic->id, itemStart, q.start)) {
            // For a part (其中…68起) the word stands in the clause of the topic it took.
            const int from = inherited ? m_segments.clauseAt(topic->start).start : itemStart;
            auto r = m_topics.range(from, topic->start);
            for (auto *p = r.first; p != r.second; ++p)
                if (p->id != topic->id && p->end() <= topic->start && topicTakesUnit(p->id, q.unit) &&
                    (inherited || !excluded(p->id, itemStart, q.start)) && excludedBy(topic->id, *p)) {
                    topic = p;
                    break;
                }
        }
        const int topicId = topic->id;
        if (excluded(topicId, itemStart, q.start) || (!inherited && topic->start < itemStart && excluded(topicId, clause.start, topic->end())))
            return;
        if (!actionsFixed)
            actions = actionsIn(topic->start >= itemStart || inherited ? itemStart : clause.start, q.start);
        // 有1件行政复议案件被确认违法: with the counted noun after the number, its action may follow it.
        if (actions.isEmpty() && topic->start >= q.end)
            actions = actionsIn(topic->end(), clause.end);
        // 已全部审结，其中1件被确认违法: what was done to the cases counted follows 被.
        if (inherited && q.end < clause.end && m_text.at(q.end) == u'被') {
            const QVector<int> done = actionsIn(q.end, clause.end);
            if (!done.isEmpty())
                actions = done;
        }
        // 审结案件中纠错7件: of the set named before 中, the action after it is what was counted.
        if (actions.size() > 1) {
            const QStringView words = QStringView(m_text).mid(itemStart, q.start - itemStart);
            const qsizetype zhong = words.lastIndexOf(u'中');
            if (zhong > 0 && QStringView(u"件请定宗").contains(words.at(zhong - 1))) {
                const QVector<int> after = actionsIn(itemStart + int(zhong) + 1, q.start);
                if (!after.isEmpty())
                    actions = after;
            }
        }
        // 所受理的两件均依法按时办结: restating a count, the action after 均 says what this one is.
        {
            const int to = qMin(clause.end, q.end + 10);
            if (q.end < to && m_text.at(q.end) == u'均') {
                const QVector<int> after = actionsIn(q.end, to);
                if (!after.isEmpty())
                    actions = {after.first()};
            }
        }
        // 以街道办事处为被申请人的行政复议申请三件: the noun after the topic says what was counted.
        // A part's own words (收到…申请428件（其中通过网上渠道申请96件）: applied for, so received).
        if (actions.isEmpty()) {
            QStringView words = inherited ? QStringView(m_text).mid(itemStart, q.start - itemStart)
                                          : QStringView(m_text).mid(topic->start, q.start - topic->start);
            words = words.trimmed();
            if (!inherited && words.endsWith(u':')) // 行政复议申请：214件, a data card's label
                words = words.chopped(1).trimmed();
            if (const int a = nounAction(topic->id, words); a >= 0)
                actions = {a};
        }
        // 作出…纠错决定108件，其中市本级35件: the city's own level, with no action of its own, counts
        // what its whole counts.
        if (inherited && actions.isEmpty() && !carriedOver(itemStart, q) &&
            QStringView(m_text).mid(itemStart, q.start - itemStart).contains(QStringView(u"本级"))) {
            const int from = m_segments.fullSentenceAt(q.start).start;
            for (qsizetype k = m_mentions.size() - 1; k >= 0 && m_mentions.at(k).start >= from; --k) {
                const IndicatorDef *whole = m_cat.indicator(m_mentions.at(k).key);
                if (m_mentions.at(k).start >= q.start || !whole || whole->topic != m_cat.topics().at(topicId).id)
                    continue;
                for (const QString &a : whole->actions)
                    if (m_cat.actionIndex(a) >= 0)
                        actions.append(m_cat.actionIndex(a));
                break;
            }
        }
        const QVector<const IndicatorDef *> keys = m_cat.keysFor(topicId, actions, q.unit);
        for (const IndicatorDef *d : keys) {
            Mention m = mentionOf(d->key, q, clause);
            if (inherited && topic->start >= sentence.start)
                m.contextStart = qMin(clause.start, m_segments.clauseAt(topic->start).start);
            if (carriedOver(itemStart, q) || m_subtypes.any(clause.start, q.start) || framedPart)
                m.subpart = true;
            // 撤销11件 beside 共计纠正19件: a kind of correction, not the total.
            {
                const QStringView words = QStringView(m_text).mid(itemStart, q.start - itemStart);
                bool part = false, whole = false;
                for (const QString &w : m_cat.cues().partWords) if (words.contains(w)) part = true;
                for (const QString &w : m_cat.cues().wholeWords) if (words.contains(w)) whole = true;
                if (part && !whole && d->actions.contains(QStringLiteral("corrected")))
                    m.kindPart = true; // decided once the whole sentence is read
                // 一审行政应诉案件178件、二审行政应诉案件42件: instances listed side by side, no total.
                if (d->key == QLatin1String("litigation.cases") && (words.contains(u"一审") || words.contains(u"二审")) &&
                    !m_totalWords.any(itemStart, q.start))
                    m.kindPart = true;
                // 区政府负责人出庭应诉9件、区直部门负责人出庭应诉38件、镇（街道）负责人…5件: groups of heads.
                if (d->key == QLatin1String("court.appearances")) {
                    const qsizetype heads = words.indexOf(u"负责人");
                    static const QRegularExpression group(QStringLiteral("政府|部门|镇|乡|街道|单位"));
                    if (heads > 0 && group.match(words.left(heads)).hasMatch() && !m_totalWords.any(itemStart, q.start))
                        m.kindPart = true;
                }
            }
            m.continued = inherited;
            m.totalInClause = m_totalWords.any(itemStart, q.start);
            m_mentions.append(m);
        }
    }

    // A quantity stated as a key's value, in its clause.
    static Mention mentionOf(const QString &key, const Quantity &q, const Span &clause)
    {
        Mention m;
        m.key = key;
        m.value = q.value;
        m.unit = q.unit;
        m.approximate = q.approximate;
        m.start = q.start;
        m.end = q.end;
        m.contextStart = clause.start;
        m.contextEnd = clause.end;
        return m;
    }

    // 街道城管执法中队以街道办事处名义开展执法，全年…立案查处违法案件412件: in its paragraph, before
    // the figure, a team is said to act in the township's own name, also by the township's name
    // (以打浦桥街道办事处名义); or in the paragraph just before, where that one names the team (given
    // only where no other department of the township states the key).
    bool actsInOwnName(int pos, const QString &team) const
    {
        Span para = m_segments.paragraphAt(pos);
        int k = para.start - 1;
        while (k > m_layout.bodyStart && m_text.at(k).isSpace())
            --k;
        if (!team.isEmpty() && k > m_layout.bodyStart) {
            const Span before = m_segments.paragraphAt(k);
            if (QStringView(m_text).mid(before.start, before.end - before.start).contains(team))
                para.start = before.start;
        }
        const QStringView before = QStringView(m_text).mid(para.start, pos - para.start);
        for (const QString &w : m_cat.cues().townshipOwnName)
            if (before.contains(w))
                return true;
        if (!m_foldedRegion.isEmpty() && before.contains(m_foldedRegion)) {
            const QStringView name = QStringView(m_foldedRegion);
            for (qsizetype at = before.indexOf(name); at > 0; at = before.indexOf(name, at + 1))
                if (before.at(at - 1) == u'以') {
                    const QStringView rest = before.mid(at + name.size(), 8);
                    if (rest.startsWith(u"名义") || rest.startsWith(u"办事处名义") || rest.startsWith(u"人民政府名义") ||
                        rest.startsWith(u"政府名义"))
                        return true;
                }
        }
        return false;
    }

    // 翠屏区办理行政处罚案件3,126件；叙州区2,418件 / 排名前三的是翠屏区(4,862万元)、叙州区(3,175万元) /
    // 青龙满族自治县、昌黎县分别为736件、1,097件: a figure led only by the names of sub-units
    // (or of their collective: 市本级, 10个区县和三江新区共办理) is one more sub-unit's figure of
    // what the same sentence counted just before in the same unit. listItem says whether a figure
    // is such an item (or a later value of a 分别 list); continuesList gives it the keys.
    enum class ListItem { None, Named, Respective };
    ListItem listItem(int index, const Span &clause) const
    {
        const Quantity &q = m_quantities.at(index);
        const QRegularExpression &lead = m_cat.cues().subunitLead;
        if (!lead.isValid() || lead.pattern().isEmpty())
            return ListItem::None;
        auto names = [&](int from, int to) {
            QStringView t = QStringView(m_text).mid(from, to - from).trimmed();
            if (t.endsWith(u'('))
                t.chop(1);
            // Most figures' leads end otherwise: a look-up before the expression.
            if (t.isEmpty() || t.size() > 60 || !m_cat.cues().subunitLeadLast.contains(t.back()))
                return false;
            if (!lead.match(t).hasMatch())
                return false;
            // A township reports its own doings as 街道 or 镇: only other names are sub-units there.
            return !(m_townshipReport && m_cat.cues().subunitCollectives.contains(t.toString()));
        };
        // The words since the previous figure of the clause (counted names, 15个镇, are words
        // here), less the closing bracket and separator of the item before: 、叙州区(.
        int previous = index - 1;
        while (previous >= 0 && m_quantities.at(previous).start >= clause.start &&
               (m_quantities.at(previous).unit == u"个" || rank(m_quantities.at(previous))))
            --previous;
        if (previous >= 0 && m_quantities.at(previous).end > clause.start) {
            int from = m_quantities.at(previous).end;
            while (from < q.start && (m_text.at(from) == u')' || m_text.at(from).isSpace()))
                ++from;
            if (from >= q.start || m_text.at(from) != u'、')
                return ListItem::None;
            if (!QStringView(m_text).mid(from + 1, q.start - from - 1).trimmed().isEmpty())
                return names(from + 1, q.start) ? ListItem::Named : ListItem::None;
            // 一审、二审分别为146件、38件: a later value of a 分别 list is the same key's.
            if (m_respectively.any(clause.start, m_quantities.at(previous).start))
                return ListItem::Respective;
            // 分别为736件、1,097件: a later value of a list whose lead names the sub-units.
            return !m_topics.any(clause.start, q.start) && listItem(previous, clause) != ListItem::None ? ListItem::Named
                                                                                                        : ListItem::None;
        }
        return !m_topics.any(clause.start, q.start) && names(clause.start, q.start) ? ListItem::Named : ListItem::None;
    }

    bool continuesList(int index, const Span &clause)
    {
        const ListItem item = listItem(index, clause);
        if (item == ListItem::None)
            return false;
        const bool respective = item == ListItem::Respective;
        const Quantity &q = m_quantities.at(index);
        int fullStart = m_segments.fullSentenceAt(q.start).start;
        // 分部门看，区城市管理局办理1,862件，…: a breakdown opened by 分…看 continues the paragraph's figure.
        {
            static const QRegularExpression breakdown(QStringLiteral("^\\s*(?:分|从)[^,;。]{1,8}看\\s*,"));
            if (breakdown.match(QStringView(m_text).mid(fullStart, q.start - fullStart)).hasMatch())
                fullStart = m_segments.paragraphAt(q.start).start;
        }
        auto it = firstMentionFrom(q.start);
        int at = -1;
        while (it != m_mentions.cbegin()) {
            --it;
            if (it->start < fullStart)
                break;
            if (!it->fromTable && it->unit == q.unit && it->end <= q.start) {
                at = it->start;
                break;
            }
        }
        if (at < 0)
            return false;
        QVector<Mention> added;
        for (auto o = firstMentionFrom(at); o != m_mentions.cend() && o->start == at; ++o) {
            if (o->unit != q.unit)
                continue;
            Mention m = mentionOf(o->key, q, clause);
            m.continued = true;
            m.namedSubunit = !respective;
            m.subpart = respective && o->subpart;
            added.append(m);
        }
        m_mentions += added;
        return !added.isEmpty();
    }

    void addTableMention(const TableMention &t)
    {
        // A row for one year (2019年 | 13,374 | 3,262): only the covered year's is a level, and it is
        // the body's.
        static const QRegularExpression yearRow(QStringLiteral("^\\s*((?:19|20)\\d{2})年度?\\s*(?:\\t|\\s{2,}|$)"));
        const QRegularExpressionMatch ym = yearRow.match(QStringView(m_text).mid(t.rowStart, t.rowEnd - t.rowStart));
        if (ym.hasMatch() && m_year > 0 && ym.captured(1).toInt() != m_year)
            return;
        // 区人民法院新收一审行政案件 | 件 | 473: a row of another institution's own work.
        {
            QStringView label = QStringView(m_text).mid(t.rowStart, qMax(0, qMin(t.start, t.rowEnd) - t.rowStart)).trimmed();
            static const QRegularExpression cell(QStringLiteral("^[0-9]*\\s*[|\\t]?\\s*"));
            label = label.mid(cell.match(label).capturedLength()).left(12);
            for (const QString &suffix : m_cat.cues().foreignSuffixes)
                if (const qsizetype at = label.indexOf(suffix); at >= 0 && !insidePlaceName(label, at, suffix.size()))
                    return;
        }
        Mention m;
        m.key = t.key;
        m.value = t.value;
        m.unit = t.unit;
        m.approximate = t.approximate;
        m.start = t.start;
        m.end = t.end;
        m.contextStart = t.rowStart;
        m.contextEnd = t.rowEnd;
        m.fromTable = true;
        // A towns' table: each town's row sums no body, and their 合计 yields to a figure the
        // text states for the whole body (全县…1964件), standing only where there is none.
        m.body = t.totalRow && !t.townshipRows;
        m.total = t.totalRow ? 1 : 0;
        m.department = !t.totalRow && !t.townshipRows;
        m.subunits = t.townshipRows && !t.totalRow;
        if (ym.hasMatch() && m_year > 0) {
            m.body = true;
            m.department = false;
        }
        m_mentions.append(m);
    }

    // 0 stated in words: 未发生行政诉讼案件, 零复议 (but not slogans: 实现零复议).
    void zeroStatements()
    {
        const QStringView body = QStringView(m_text).mid(m_layout.bodyStart, m_layout.bodyEnd - m_layout.bodyStart);
        for (int r = 0; r < m_cat.cues().zeroStatements.size(); ++r) {
            const ZeroRule &rule = m_cat.cues().zeroStatements.at(r);
            m_patterns.forEachMatch(r, body, patternWords(), [&](const QRegularExpressionMatch &mt) {
                const int start = m_layout.bodyStart + int(mt.capturedStart());
                const int end = m_layout.bodyStart + int(mt.capturedEnd());
                if (m_layout.isChrome(start))
                    return;
                const Span clause = m_segments.clauseAt(start);
                const QStringView before = QStringView(m_text).mid(clause.start, start - clause.start);
                bool slogan = false;
                for (const QString &s : m_cat.cues().zeroSlogans)
                    if (before.contains(s)) { slogan = true; break; }
                // 15个镇(街道)中有9个全年未发生行政诉讼案件: some sub-units had none, not the body.
                static const QRegularExpression some(QStringLiteral("有\\s*[0-9一二三四五六七八九十两]+\\s*个"));
                const Span sentence = m_segments.sentenceAt(start);
                const bool subset = QStringView(m_text).mid(sentence.start, start - sentence.start).contains(u'有') &&
                                    some.match(QStringView(m_text).mid(sentence.start, start - sentence.start)).hasMatch();
                if (slogan || subset || inPlan(start) || (m_scope->scopeAt(start).department && !m_departmentReport))
                    return;
                const IndicatorDef *d = m_cat.indicator(rule.key);
                Mention m;
                m.key = rule.key;
                m.value = 0;
                m.unit = d ? d->unit : QString();
                m.start = start;
                m.end = end;
                m.contextStart = clause.start;
                m.contextEnd = clause.end;
                m.zero = true;
                m_mentions.append(m);
            });
        }
    }

    // 出庭应诉率保持在99%以上, 控制在10%以内: a bound kept rather than the level reached.
    bool keptBound(const Mention &m) const
    {
        const QStringView before = QStringView(m_text).mid(qMax(0, m.start - 4), qMin(4, m.start)).trimmed();
        if (!before.endsWith(u"保持在") && !before.endsWith(u"控制在") && !before.endsWith(u"稳定在"))
            return false;
        const QStringView after = QStringView(m_text).mid(m.end, 4).trimmed();
        return after.startsWith(u"以上") || after.startsWith(u"以下") || after.startsWith(u"以内");
    }

    // A bound stands for its key only where the report states no level of it: beside
    // 出庭应诉率99.2% the sentence 出庭应诉率保持在99%以上 says nothing more.
    void dropBoundsBesideLevels()
    {
        QSet<QString> levels;
        QVector<bool> bound(m_mentions.size());
        for (int i = 0; i < m_mentions.size(); ++i)
            if (!(bound[i] = keptBound(m_mentions.at(i))))
                levels.insert(m_mentions.at(i).key);
        QVector<Mention> kept;
        for (int i = 0; i < m_mentions.size(); ++i)
            if (!bound.at(i) || !levels.contains(m_mentions.at(i).key))
                kept.append(m_mentions.at(i));
        m_mentions = kept;
    }

    // 1 for a count of first-instance cases, 2 for second-instance ones (the nearer word before it).
    int instanceOf(const Mention &m) const
    {
        const QStringView before = QStringView(m_text).mid(m.contextStart, m.start - m.contextStart);
        const qsizetype first = before.lastIndexOf(u"一审"), second = before.lastIndexOf(u"二审");
        return first < 0 && second < 0 ? 0 : first > second ? 1 : 2;
    }

    // 2022年，经开区共开展行政检查2,146次: a zone's committee names the zone as a whole where a
    // sentence opens with it (a department of a division never does).
    void zoneNamesItself(QVector<PhraseHit> &cueHits) const
    {
        static const QRegularExpression opening(QStringLiteral("^(?:(?:19|20)\\d{2}年度?|全年)?,?$"));
        bool added = false;
        for (const QString &w : m_cat.cues().zoneSelfNames) {
            for (qsizetype at = m_text.indexOf(w, m_layout.bodyStart); at >= 0 && at < m_layout.bodyEnd; at = m_text.indexOf(w, at + 1)) {
                const Span full = m_segments.fullSentenceAt(int(at));
                if (opening.match(QStringView(m_text).mid(full.start, int(at) - full.start).trimmed()).hasMatch()) {
                    cueHits.append(PhraseHit{int(at), int(w.size()), ScopeAnalyzer::Body, 0});
                    added = true;
                }
            }
        }
        if (added)
            std::sort(cueHits.begin(), cueHits.end(), [](const PhraseHit &a, const PhraseHit &b) {
                return a.start != b.start ? a.start < b.start : a.length > b.length;
            });
    }

    // The first mention starting at or after pos (mentions are in text order here).
    QVector<Mention>::const_iterator firstMentionFrom(int pos) const
    {
        return std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
                                [](const Mention &m, int p) { return m.start < p; });
    }

    // 其中 and a colon introduce parts of the figure before them; those parts are not headlines.
    // Each looks only at the mentions of its own sentences: reports can be megabytes long.
    void markSubparts()
    {
        // 维持…，撤销11件，确认违法6件: kinds of a total are parts when several are listed; a kind
        // stated alone (经复议被撤销1宗) is the whole count.
        for (Mention &m : m_mentions) {
            if (!m.kindPart)
                continue;
            const Span full = m_segments.fullSentenceAt(m.start);
            // Instances of lawsuits are parts beside the other instance only (一审96件，其中以区政府为被告的
            // 一审22件: 96 is the whole).
            const int instance = m.key == QLatin1String("litigation.cases") ? instanceOf(m) : 0;
            const bool groups = m.key == QLatin1String("court.appearances");
            for (auto o = firstMentionFrom(full.start); o != m_mentions.cend() && o->start < full.end; ++o)
                if (&*o != &m && o->key == m.key && (instance == 0 || (o->kindPart && instanceOf(*o) != instance)) &&
                    (!groups || o->kindPart))
                    m.subpart = true;
        }
        // 一审、二审行政诉讼案件分别为71件、19件: each instance's count, and no total.
        for (Mention &m : m_mentions) {
            if (m.key != QLatin1String("litigation.cases") || m.subpart)
                continue;
            const QStringView lead = QStringView(m_text).mid(m.contextStart, m.start - m.contextStart);
            const qsizetype respectively = lead.lastIndexOf(u"分别");
            if (respectively > 0 && lead.left(respectively).contains(u"一审") && lead.left(respectively).contains(u"二审"))
                m.subpart = true;
        }
        // 立案123件，结案119件: a later figure of the same key carried on by a continuation word
        // is a part of the first whole figure, unless it says it is the total (共计纠正19件).
        for (int i = 0; i < m_mentions.size(); ++i) {
            Mention &m = m_mentions[i];
            if (!m.continued || m.totalInClause)
                continue;
            const Span sentence = m_segments.sentenceAt(m.start);
            for (int k = i - 1; k >= 0 && m_mentions.at(k).start >= sentence.start; --k) {
                const Mention &o = m_mentions.at(k);
                if (o.key == m.key && !o.subpart)
                    m.subpart = true;
            }
        }
        for (int i = 0; i < m_mentions.size(); ++i) {
            Mention &m = m_mentions[i];
            const Span sentence = m_segments.sentenceAt(m.start);
            const Span full = m_segments.fullSentenceAt(m.start);
            int cut = -1; // position after which a same-key mention makes m a part
            auto sr = m_subparts.range(sentence.start, m.start);
            auto opens = [&](int at, const QStringList &words) {
                const QStringView lead = QStringView(m_text).mid(at, qMin(6, m.start - at)).trimmed();
                for (const QString &s : words)
                    if (lead.startsWith(s)) return true;
                return false;
            };
            if (sr.first != sr.second) {
                cut = (sr.second - 1)->start;
            } else if (opens(sentence.start, m_cat.cues().subpart + m_cat.cues().additional)) {
                // 其中 opening the sentence refers to the previous one; so does 另有 (a figure
                // besides that one: 另有以区政府为被申请人的案件26件).
                cut = sentence.start;
            } else if (full.start < sentence.start && !m.totalInClause && opens(full.start, m_cat.cues().subpart)) {
                // 其中，违法建设案件18件，…；市容环境类案件86件。: 其中 covers the whole full sentence.
                cut = full.start;
            }
            const int colon = int(QStringView(m_text).mid(sentence.start, m.start - sentence.start).lastIndexOf(u':'));
            const int colonPos = colon >= 0 ? sentence.start + colon : -1;
            // Only this sentence, or the one before when 其中 opens this one, can hold the whole;
            // 其中 opening a full sentence refers to the whole full sentence before it.
            const bool leading = cut >= 0 && (cut == sentence.start || cut == full.start);
            int previousStart = cut == full.start ? m_segments.fullSentenceAt(qMax(0, full.start - 1)).start
                                                  : m_segments.sentenceAt(qMax(0, sentence.start - 1)).start;
            // 审结…862件。在审结案件中…纠错88件。其中市政府本级…审结…287件: a sentence opened by 其中 refers
            // back within its paragraph, past a sentence that states no figure of the key.
            if (leading && cut == full.start) {
                const int paragraphStart = m_segments.paragraphAt(full.start).start;
                bool between = false;
                for (int k = i - 1; k >= 0 && m_mentions.at(k).start >= previousStart; --k)
                    if (m_mentions.at(k).key == m.key && m_mentions.at(k).start < cut) between = true;
                if (!between)
                    previousStart = qMin(previousStart, paragraphStart);
            }
            const int earliest = leading ? qMin(previousStart, cut) : sentence.start;
            for (int k = i - 1; k >= 0 && m_mentions.at(k).start >= earliest; --k) {
                const Mention &o = m_mentions.at(k);
                if (o.key != m.key)
                    continue;
                const bool sameSentence = o.start >= sentence.start;
                const bool previousSentence = leading && o.start >= previousStart;
                if ((cut >= 0 && o.start < cut && (sameSentence || previousSentence)) ||
                    (colonPos >= 0 && sameSentence && o.end <= colonPos)) {
                    m.subpart = true;
                    break;
                }
            }
        }
        // 办理行政处罚案件56件…。具体为：\n①…案件21件；\n②…案件9件: items listed under a paragraph
        // that ends with a colon are parts of its figures.
        static const QRegularExpression item(QStringLiteral("^\\s*(?:[①-⑳]|\\(\\d{1,2}\\)|\\d{1,2}[.、](?!\\d)|[一二三四五六七八九十]是)"));
        for (int i = 0; i < m_mentions.size(); ++i) {
            Mention &m = m_mentions[i];
            if (m.subpart || m.fromTable)
                continue;
            Span para = m_segments.paragraphAt(m.start);
            if (!item.match(QStringView(m_text).mid(para.start, para.end - para.start)).hasMatch())
                continue;
            Span lead = para;
            for (int steps = 0; steps < 20 && lead.start > 0; ++steps) {
                lead = m_segments.paragraphAt(lead.start - 1);
                const QStringView t = QStringView(m_text).mid(lead.start, lead.end - lead.start).trimmed();
                if (t.isEmpty() || item.match(t).hasMatch())
                    continue;
                if (t.endsWith(u':')) {
                    for (auto o = firstMentionFrom(lead.start); o != m_mentions.cend() && o->start < lead.end; ++o)
                        if (o->key == m.key && !o->subpart)
                            m.subpart = true;
                }
                break;
            }
        }
    }

    // 全区行政机关出庭应诉率100%，其中负责人出庭应诉67件，负责人出庭率11.5%: where one sentence states a
    // figure of the organs and one of their leaders for a key whose name names leaders (负责人出庭
    // 应诉率), the organs' is not the key's headline and the leaders' is no part of it.
    void organsBesideLeaders()
    {
        const ScopeCues &cues = m_cat.cues();
        auto names = [](QStringView text, const QStringList &words) {
            return std::any_of(words.begin(), words.end(), [&](const QString &w) { return text.contains(w); });
        };
        QSet<QString> leaderKeys; // indicators whose names name leaders, once
        for (const IndicatorDef &d : m_cat.indicators())
            if (names(d.zh, cues.leaderWords))
                leaderKeys.insert(d.key);
        enum Said { Unsaid, Organs, Leaders };
        QVector<Said> said(m_mentions.size(), Unsaid);
        // Who is said to appear: the words since the figure before it in the sentence.
        auto leadsOf = [this](int i) {
            const Mention &m = m_mentions.at(i);
            const Span sentence = m_segments.sentenceAt(m.start);
            const int from = i > 0 && m_mentions.at(i - 1).end > sentence.start && m_mentions.at(i - 1).end <= m.start
                                 ? m_mentions.at(i - 1).end : sentence.start;
            return QStringView(m_text).mid(from, m.start - from);
        };
        for (int i = 0; i < m_mentions.size(); ++i) {
            const Mention &m = m_mentions.at(i);
            if (!leaderKeys.contains(m.key))
                continue;
            const QStringView lead = leadsOf(i);
            if (names(lead, cues.leaderWords))
                said[i] = Leaders;
            else if (names(lead, cues.organWords))
                said[i] = Organs;
        }
        for (int i = 0; i < m_mentions.size(); ++i) {
            if (said.at(i) != Leaders)
                continue;
            const Span full = m_segments.fullSentenceAt(m_mentions.at(i).start);
            bool organsBefore = false, leadersBefore = false;
            for (int k = i - 1; k >= 0 && m_mentions.at(k).start >= full.start; --k) {
                if (m_mentions.at(k).key != m_mentions.at(i).key)
                    continue;
                if (said.at(k) == Organs) {
                    organsBefore = true;
                    m_mentions[k].subpart = true;
                } else {
                    leadersBefore = true;
                }
            }
            if (organsBefore && !leadersBefore)
                m_mentions[i].subpart = false;
        }
        // 镇长出庭应诉一件 as a township's or department's only count of appearances: its head is all
        // there is to count (a mayor who 带头 appears leads others, a part still).
        if (m_townshipReport || m_departmentReport) {
            QHash<QString, int> counts;
            for (const Mention &m : std::as_const(m_mentions))
                ++counts[m.key];
            for (Mention &m : m_mentions)
                if (m.subpart && leaderKeys.contains(m.key) && counts.value(m.key) == 1 &&
                    m_subtypes.any(m_segments.clauseAt(m.start).start, m.start) &&
                    !QStringView(m_text).mid(m_segments.clauseAt(m.start).start, m.start - m_segments.clauseAt(m.start).start).contains(u"带头"))
                    m.subpart = false;
        }
        // 行政机关负责人出庭应诉327件…；区政府负责人出庭应诉21件: the government's own leaders are
        // some of the organs' leaders.
        for (int i = 0; i < m_mentions.size(); ++i) {
            if (said.at(i) != Leaders || !leadsOf(i).contains(u"政府"))
                continue;
            const Span full = m_segments.fullSentenceAt(m_mentions.at(i).start);
            for (int k = i - 1; k >= 0 && m_mentions.at(k).start >= full.start; --k)
                if (m_mentions.at(k).key == m_mentions.at(i).key && said.at(k) == Leaders &&
                    leadsOf(k).contains(u"机关") && !leadsOf(k).contains(u"政府")) {
                    m_mentions[i].subpart = true;
                    break;
                }
        }
    }

    // 作出行政处罚决定418件: a figure stated with its key's headline words wins ties.
    void markPreferred()
    {
        for (Mention &m : m_mentions) {
            const auto words = m_cat.cues().headlineWords.constFind(m.key);
            if (words == m_cat.cues().headlineWords.constEnd())
                continue;
            const QStringView said = QStringView(m_text).mid(m.contextStart, m.start - m.contextStart);
            m.preferred = std::any_of(words->begin(), words->end(), [&](const QString &w) { return said.contains(w); });
        }
    }

    const IndicatorCatalogue &m_cat;
    const SentencePatterns &m_patterns;
    const int m_otherPeriods;
    const int m_sinceYear;
    QVector<PhraseHit> m_patternWords; // where the body holds the patterns' words
    bool m_patternWordsFound = false;
    QVector<Span> m_periods; // where the body names another period, found on first use
    bool m_periodsFound = false;
    const QString &m_text;
    const PageLayout &m_layout;
    TextSegments m_segments;
    QVector<Span> m_paragraphs;
    std::unique_ptr<ScopeAnalyzer> m_scope;
    HitList m_topics, m_actions, m_continuations, m_excludes, m_negations, m_changes, m_subparts, m_carryovers,
        m_subtypes, m_respectively, m_targets, m_comparisons, m_perUnit, m_foreign, m_earlierRefs, m_notCounted, m_totalWords;
    int m_year = 0;
    QStringList m_higherWords; // 全市 in a county's report, 全省 in a city's
    QString m_foldedRegion;
    QString m_region;
    QString m_coveredPart; // 上半年 / 下半年 in a half-year report
    bool m_departmentReport = false;
    bool m_townshipReport = false;
    QVector<Span> m_titles;
    QVector<Span> m_quotations; // “…” quoting a clause or more
    QVector<Span> m_plans;
    QVector<Quantity> m_quantities;
    QVector<int> m_numberStarts;
    QVector<Mention> m_mentions;
};

} // namespace

IndicatorExtractor::IndicatorExtractor(const IndicatorCatalogue &catalogue)
    : m_catalogue(catalogue)
{
    for (int i = 0; i < catalogue.topics().size(); ++i) {
        const TopicDef &t = catalogue.topics().at(i);
        for (const QString &p : t.phrases) m_matcher.add(p, Topic, i);
        for (const QString &p : t.continuations) m_matcher.add(p, Continuation, i);
        for (const QString &p : t.exclude) m_matcher.add(p, Exclude, i);
    }
    for (int i = 0; i < catalogue.actions().size(); ++i)
        for (const QString &p : catalogue.actions().at(i).phrases)
            m_matcher.add(p, Action, i);
    for (const QString &p : catalogue.negations()) m_matcher.add(p, Negation, 0);
    const ScopeCues &c = catalogue.cues();
    for (const QString &p : c.change) m_matcher.add(p, Change, 0);
    for (const QString &p : c.subpart) m_matcher.add(p, Subpart, 0);
    for (const QString &p : c.carryover) m_matcher.add(p, Carryover, 0);
    for (const QString &p : c.subtype) m_matcher.add(p, Subtype, 0);
    m_matcher.add(QStringLiteral("分别"), Respectively, 0);
    for (const QString &p : c.target) m_matcher.add(p, Target, 0);
    for (const QString &p : c.carriedOutTarget) m_matcher.add(p, Target, 1);
    for (const QString &p : c.comparison) m_matcher.add(p, Comparison, 0);
    for (const QString &p : c.perUnit) m_matcher.add(p, PerUnit, 0);
    for (const QString &p : c.foreignSuffixes) m_matcher.add(p, Foreign, 0);
    for (const QString &p : c.foreignOpeners) m_matcher.add(p, Foreign, 1);
    for (const QString &p : c.earlierReference) m_matcher.add(p, EarlierRef, 0);
    for (const char16_t *p : {u"共", u"合计", u"累计", u"总计"}) m_matcher.add(QString::fromUtf16(p), TotalWord, 0);
    for (const QString &p : c.notCountedHere) m_matcher.add(p, NotCounted, 0);
    for (const ZeroRule &z : c.zeroStatements)
        m_sentencePatterns.add(z.pattern);
    // One pass over a report for all of otherPeriods, one for sinceYear.
    m_otherPeriods = m_sentencePatterns.add(c.otherPeriods);
    m_sinceYear = m_sentencePatterns.add(c.sinceYear);
    ScopeAnalyzer::addCues(m_matcher, catalogue);
}

QVector<Mention> IndicatorExtractor::extract(const QString &folded, const PageLayout &layout, int coveredYear,
                                             const QString &level, const QString &region, const QString &coveredPart) const
{
    Run run(m_catalogue, m_matcher, m_sentencePatterns, m_otherPeriods, m_sinceYear, folded, layout, coveredYear, level, region,
            coveredPart);
    QVector<Mention> mentions = run.run();
    if (coveredPart.isEmpty())
        chooseHeadlines(mentions);
    return mentions;
}

} // namespace fz
