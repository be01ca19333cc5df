#include "scopeanalyzer.h"
#include "textfold.h"
#include "gazetteer.h"

#include <QRegularExpression>
#include <algorithm>

namespace fz {
namespace {

// A list marker at the start of a paragraph: 1. 2、 (3) (一) 一、 ①
int listMarkerLength(QStringView s)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:\\(?[0-9]{1,2}[.、)]|\\([0-9]{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}[、.]|[①-⑳])\\s*"));
    const QRegularExpressionMatch m = re.match(s);
    return m.hasMatch() ? int(m.capturedLength()) : 0;
}

// Leading adverbials before a subject: time (2016年, 全年, 年内), 同时, 此外, 在…方面.
int adverbialLength(QStringView s)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:\\s|(?:[0-9]{4}年(?:度|以来)?|全年|年内|今年|本年度|同时|此外|另外|目前|近年来|截至[^,]{0,12}|一是|二是|三是|四是|五是|六是|七是|八是)[,]?)*"));
    const QRegularExpressionMatch m = re.match(s);
    return m.hasMatch() ? int(m.capturedLength()) : 0;
}

} // namespace

void ScopeAnalyzer::addCues(PhraseMatcher &matcher, const IndicatorCatalogue &catalogue)
{
    const ScopeCues &c = catalogue.cues();
    for (const QString &p : c.body) matcher.add(p, Body, 0);
    for (const QString &p : c.total) matcher.add(p, Total, 0);
    for (const QString &p : c.subunits) matcher.add(p, Subunit, 0);
    for (const QString &p : c.sector) matcher.add(p, Sector, 0);
    for (const QString &p : c.departmentPronouns) matcher.add(p, DepartmentPronoun, 0);
    for (const QString &p : c.subpart) matcher.add(p, SubScope, 0);
    for (const QString &p : c.campaign) matcher.add(p, Campaign, 0);
}

ScopeAnalyzer::ScopeAnalyzer(QStringView folded, const TextSegments &segments, const IndicatorCatalogue &catalogue,
                             QVector<PhraseHit> cueHits, const QVector<Span> &paragraphs, const QString &region)
    : m_text(folded), m_region(region), m_segments(segments), m_cues(catalogue.cues()), m_hits(std::move(cueHits)),
      m_paragraphs(paragraphs)
{
    for (const QString &fw : m_cues.notName)
        if (fw.size() == 1) m_notName.insert(fw.at(0));
    if (!m_region.isEmpty())
        for (int id : Gazetteer::instance().lookupFolded(m_region))
            for (const QString &a : Gazetteer::instance().ancestorNames(id)) {
                m_enclosing.insert(fold(a));
                // 甘南藏族自治州 is written 甘南州 as often as in full.
                if (a.endsWith(QStringLiteral("自治州")) && a.size() > 5)
                    m_enclosing.insert(fold(a.left(2) + QStringLiteral("州")));
            }
    for (const QString &suffix : m_cues.departmentSuffixes)
        m_suffixes[suffix.at(0)].append(suffix);
    // Subjects of paragraph openings, and department scope carried from numbered headings
    // ("1.城市综合执法工作:街综合执法大队…") to the unnumbered paragraphs that follow.
    bool sectionDept = false;
    for (const Span &p : m_paragraphs) {
        const QStringView para = m_text.mid(p.start, p.end - p.start);
        const int marker = listMarkerLength(para);
        int from = p.start + marker;
        if (marker > 0) {
            // A numbered heading names a topic, not a subject: the subject comes after
            // "标题:" when the colon is near, else in the sentence after the heading.
            const int colon = int(para.left(40).indexOf(u':'));
            if (colon > marker) {
                from = p.start + colon + 1;
            } else {
                const Span heading = m_segments.sentenceAt(from);
                from = heading.end + 1 < p.end ? heading.end + 1 : p.end;
            }
        }
        const Span first = m_segments.sentenceAt(qMin(from, p.end));
        SubjectInfo s = subjectOf(from, first.end);
        // "在市场监管方面,我区市场监管部门…": the subject follows a sector adverbial.
        if (!s.department) {
            const Span clause = m_segments.clauseAt(from);
            const QStringView c = m_text.mid(clause.start, clause.end - clause.start);
            if (c.trimmed().startsWith(u'在') && clause.end < first.end)
                s = subjectOf(clause.end + 1, first.end);
        }
        // 市场监管部门办理…3,126件、生态环境部门412件…，全市共计办理…10,242件: departments listed up to
        // the whole body open no department's paragraph.
        if (s.department) {
            const Span full = m_segments.fullSentenceAt(first.start);
            auto h = std::lower_bound(m_hits.begin(), m_hits.end(), full.start,
                                      [](const PhraseHit &hit, int pos) { return hit.start < pos; });
            for (; h != m_hits.end() && h->start < full.end; ++h)
                if (h->kind == Body && validCue(*h) && !(h->start >= s.span.start && h->end() <= s.span.end))
                    s.department = false;
        }
        m_paragraphSubject.append(s);
        if (marker > 0)
            sectionDept = s.department;
        else if (para.trimmed().size() <= 30 && !para.contains(u'。'))
            sectionDept = false; // an unnumbered heading ends the section
        m_sectionDepartment.append(marker > 0 ? s.department : sectionDept);
    }
}

bool ScopeAnalyzer::validCue(const PhraseHit &h) const
{
    if (h.kind == Total && h.length == 1 && m_text.at(h.start) == u'共') {
        // 共 counts as "in total" only as a verb prefix, not in 公共, 中共, 共同, 共享.
        const QChar before = h.start > 0 ? m_text.at(h.start - 1) : QChar();
        const QChar after = h.end() < m_text.size() ? m_text.at(h.end()) : QChar();
        static const QString badBefore = QStringLiteral("公中总");
        static const QString badAfter = QStringLiteral("同享建治产识赢进商担青和");
        return !badBefore.contains(before) && !badAfter.contains(after);
    }
    return true;
}

ScopeAnalyzer::SubjectInfo ScopeAnalyzer::subjectOf(int from, int to) const
{
    const qint64 cacheKey = (qint64(from) << 32) | quint32(to);
    const auto cached = m_subjects.constFind(cacheKey);
    if (cached != m_subjects.constEnd())
        return *cached;
    const SubjectInfo info = findSubject(from, to);
    m_subjects.insert(cacheKey, info);
    return info;
}

// 埇桥区出庭应诉率达到41.2%, 芗城区、龙文区…均达到100%: a sentence whose subject is divisions
// other than the reporting body (known to the gazetteer) states its sub-units' figures.
bool ScopeAnalyzer::namesOtherDivisions(QStringView s) const
{
    if (m_region.isEmpty() || !m_cues.divisionName.isValid() || m_cues.divisionName.pattern().isEmpty())
        return false;
    const Gazetteer &gazetteer = Gazetteer::instance();
    int at = 0;
    int names = 0;
    for (;;) {
        const QRegularExpressionMatch m = m_cues.divisionName.match(s.mid(at));
        if (!m.hasMatch())
            break;
        QString name = m.captured(0);
        bool known = !gazetteer.lookupFolded(name).isEmpty();
        // 社旗县: the shortest name before a suffix (社旗) may be no division where a longer one is.
        for (int len = int(name.size()) + 1; !known && len <= qMin(12, int(s.size()) - at); ++len) {
            const QString longer = s.mid(at, len).toString();
            if (!gazetteer.lookupFolded(longer).isEmpty()) {
                name = longer;
                known = true;
            }
        }
        // 宜宾市翠屏区人民政府: the parent's name before the body's own is the body.
        // 朝阳区人民政府受理以三里屯街道办事处为被申请人的…: an enclosing division deciding the body's
        // own cases is no sub-unit (its other figures, 无锡市宜兴生态环境局在开发区查处…, stay another's).
        if (m_enclosing.contains(name) && std::any_of(m_cues.ownDefendant.begin(), m_cues.ownDefendant.end(),
                                                      [&](const QString &w) { return s.contains(w); }))
            return false;
        if (name == m_region || !known || s.mid(at + name.size()).startsWith(m_region))
            return false;
        ++names;
        at += int(name.size());
        if (at < s.size() && (s.at(at) == u'、' || s.at(at) == u'和' || s.at(at) == u'及'))
            ++at;
        else
            break;
    }
    return names > 0;
}

ScopeAnalyzer::SubjectInfo ScopeAnalyzer::findSubject(int from, int to) const
{
    SubjectInfo info;
    if (from >= to)
        return info;
    QStringView s = m_text.mid(from, to - from);
    int offset = listMarkerLength(s);
    offset += adverbialLength(s.mid(offset));
    // 在市场监管方面，我区市场监管部门…: the subject follows a setting clause.
    static const QRegularExpression setting(QStringLiteral("^在[^,。;]{1,24}(方面|领域|中|上|期间|过程中),"));
    const QRegularExpressionMatch sm = setting.match(s.mid(offset));
    if (sm.hasMatch()) {
        offset += int(sm.capturedLength());
        offset += adverbialLength(s.mid(offset));
    }
    s = s.mid(offset);
    for (const QString &p : m_cues.subunits) {
        if (s.startsWith(p)) {
            info.subunits = true;
            return info;
        }
    }
    if (namesOtherDivisions(s)) {
        info.subunits = true;
        return info;
    }
    // 市工商、质监、食品药品监管、安监四个部门共开展…: several departments counted together.
    static const QRegularExpression counted(QStringLiteral("^[^,;。:]{0,30}?[0-9一二三四五六七八九十两]+个(?:部门|单位)"));
    const QStringView head = s.left(40);
    if ((head.contains(u"个部门") || head.contains(u"个单位")) && counted.match(s).hasMatch()) {
        info.subunits = true;
        return info;
    }
    int prefix = 0;
    for (const QString &pre : m_cues.subjectPrefixes) {
        if (pre.size() > prefix && s.startsWith(pre))
            prefix = int(pre.size());
    }
    const QStringView rest = s.mid(prefix);
    // The government itself (区政府, 区人民政府) is the body, not a department.
    for (const QString &n : m_cues.notDepartments)
        if (rest.startsWith(n) || s.startsWith(n))
            return info;
    // 各部门, 有关部门, 全区各单位: many departments are not one department.
    static const char16_t *const plural[] = {u"各", u"有关", u"相关", u"全", u"所有", u"多个", u"其他"};
    for (const char16_t *pl : plural)
        if (rest.startsWith(QStringView(pl)))
            return info;
    // The shortest name (1-10 characters, no function words) ending in a department suffix.
    for (int len = 1; len <= 14 && len < rest.size(); ++len) {
        const QChar c = rest.at(len - 1);
        if (c.unicode() < 0x4E00 || c.unicode() > 0x9FFF)
            break;
        if (m_notName.contains(c))
            break;
        const auto bucket = m_suffixes.constFind(rest.at(len));
        if (bucket == m_suffixes.constEnd())
            continue;
        // 行政首长和部门负责人: two subjects joined, not a department's name (住房和城乡建设局 is one).
        if (c == u'和' || c == u'及' || c == u'与')
            continue;
        for (const QString &suffix : *bucket) {
            if (len + suffix.size() > rest.size() || rest.mid(len, suffix.size()) != suffix)
                continue;
            const QString name = rest.mid(0, len + suffix.size()).toString();
            bool excluded = false;
            for (const QString &n : m_cues.notDepartments)
                if (name.contains(n)) { excluded = true; break; } // 静海区政府或政府部门 is the government
            if (excluded)
                continue;
            info.department = true;
            info.span = {from + offset, from + offset + prefix + int(name.size())};
            info.name = name;
            return info;
        }
    }
    return info;
}

Span ScopeAnalyzer::departmentSubject(const Span &sentence) const
{
    const SubjectInfo s = subjectOf(sentence.start, sentence.end);
    return s.department ? s.span : Span{};
}

int ScopeAnalyzer::paragraphIndex(int pos) const
{
    const auto it = std::upper_bound(m_paragraphs.begin(), m_paragraphs.end(), pos,
                                     [](int p, const Span &s) { return p < s.start; });
    return int(it - m_paragraphs.begin()) - 1;
}

// Whether the name of a division other than the report's own ends at `end` (its suffix just
// before): 宝塔区 of 宝塔区政府.
bool ScopeAnalyzer::otherDivisionEndsAt(int end) const
{
    if (m_region.isEmpty() || end < 2 || end > m_text.size())
        return false;
    const Gazetteer &gazetteer = Gazetteer::instance();
    for (int len = 2; len <= 10 && len <= end; ++len) {
        const QChar first = m_text.at(end - len);
        if (first.unicode() < 0x3400 || first.unicode() > 0x9FFF)
            break;
        const QString name = m_text.mid(end - len, len).toString();
        if (!gazetteer.lookupFolded(name).isEmpty())
            return name != m_region;
    }
    return false;
}

// Whether figures stand in [from, to): digits, but not a year or what a title or quotation names
// (在“中国渔政亮剑2022”系列专项执法行动中).
bool ScopeAnalyzer::figuresIn(int from, int to) const
{
    int quoted = 0;
    for (int i = from; i < to; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'“' || c == u'《')
            ++quoted;
        else if ((c == u'”' || c == u'》') && quoted > 0)
            --quoted;
        else if (c.isDigit() && quoted == 0) {
            int end = i;
            while (end < to && m_text.at(end).isDigit())
                ++end;
            const QStringView run = QStringView(m_text).mid(i, end - i);
            const bool year = run.size() == 4 && (run.startsWith(u"19") || run.startsWith(u"20")) &&
                              (end >= int(m_text.size()) || m_text.at(end) == u'年' || !m_text.at(end).isLetterOrNumber());
            if (!year)
                return true;
            i = end - 1;
        }
    }
    return false;
}

ScopeFacts ScopeAnalyzer::scopeAt(int pos) const
{
    ScopeFacts f;
    const Span sentence = m_segments.sentenceAt(pos);
    // The subject may stand before a semicolon: 全区行政执法机关实施…；作出行政处罚决定12.6万件.
    const Span full = m_segments.fullSentenceAt(pos);
    SubjectInfo subject = subjectOf(sentence.start, sentence.end);
    // …；市市场监管局全年开展各类监督检查8,612次: a part with a department of its own is not the
    // body the sentence named before its semicolon.
    const bool ownDepartment = subject.department && full.start < sentence.start;
    if (!subject.department && !subject.subunits && full.start < sentence.start)
        subject = subjectOf(full.start, full.end);
    bool pronoun = false;
    bool namedBody = false; // the sentence names the body, even if a 其中 narrows it after
    const int clauseStart = m_segments.clauseAt(pos).start;
    auto it = std::lower_bound(m_hits.begin(), m_hits.end(), full.start,
                               [](const PhraseHit &h, int p) { return h.start < p; });
    for (; it != m_hits.end() && it->start < pos; ++it) {
        // Totals count within the semicolon part; who speaks and campaigns, in the whole sentence.
        if (it->start < sentence.start && it->kind != Body && it->kind != Subunit && it->kind != DepartmentPronoun &&
            it->kind != Campaign)
            continue;
        if (it->start < sentence.start && it->kind == Body && ownDepartment)
            continue;
        if (!validCue(*it))
            continue;
        // A body word inside a department's name (我区 of 我区市场监管部门) names the department, and
        // where it works (区综合行政执法局在全区范围内…) is no other subject.
        if (subject.department && it->start >= subject.span.start && it->end() <= subject.span.end)
            continue;
        // 宝塔区政府 in 延安市's report: another division's government, not the body's (区政府).
        if (it->kind == Body && QStringView(u"区县市镇乡旗州街").contains(m_text.at(it->start)) && otherDivisionEndsAt(it->start + 1))
            continue;
        if (subject.department && it->kind == Body && it->start > 0 && m_text.at(it->start - 1) == u'在' &&
            m_text.mid(it->end(), 3).startsWith(u"范围"))
            continue;
        switch (it->kind) {
        case SubScope: {
            // 案件72件（其中一审61件、二审11件），行政机关负责人出庭应诉72件: a 其中 closed in its
            // bracket narrows nothing after the bracket.
            if (it->start > 0 && m_text.at(it->start - 1) == u'(' &&
                m_text.mid(it->end(), pos - it->end()).contains(u')'))
                break;
            // 全市…，其中市本级…: what follows 其中 has its own, narrower subject; 其中直接纠错 does not.
            const QStringView after = m_text.mid(it->end(), qMin(8, int(m_text.size()) - it->end())).trimmed();
            const QStringView next = after.startsWith(u',') ? after.mid(1).trimmed() : after;
            bool same = false;
            for (const QString &w : m_cues.subpartSameScope)
                if (next.startsWith(w)) same = true;
            if (same)
                break;
            f.body = false;
            f.whole = false;
            f.subunits = false;
            break;
        }
        case Body:
            f.body = true;
            namedBody = true;
            if (m_text.at(it->start) == u'全')
                f.whole = true;
            break;
        case Total:
            // 全部建立…，全年开展…抽查216次: 全部 (and 各类) says "all of them" of its own clause only.
            if (it->start >= clauseStart || (m_text.mid(it->start, it->length) != u"全部" && m_text.mid(it->start, it->length) != u"各类"))
                ++f.total;
            break;
        case Subunit:
            // 全省…，全年以乡镇（街道）名义作出行政处罚决定9.86万件: what the townships did in their own
            // name, however the sentence opened.
            if (m_text.at(it->start) == u'以') {
                f.body = f.whole = false;
                namedBody = false;
            }
            f.subunits = true;
            break;
        case Sector: ++f.sector; break;
        case Campaign:
            // A campaign that opens the full sentence (在专项整治中，查处…；罚款…) covers its every part;
            // one named in an earlier part after its figures (其中专项检查862次；办理…143件) does not.
            if (it->start >= sentence.start || !figuresIn(full.start, it->start))
                f.campaign = true;
            break;
        case DepartmentPronoun: pronoun = true; break;
        default: break;
        }
    }
    if (subject.subunits)
        f.subunits = true;
    bool dept = subject.department || pronoun;
    QString deptName = subject.name;
    const int pi = paragraphIndex(pos);
    if (!dept && pi >= 0 && pi < m_paragraphSubject.size()) {
        const Span para = m_paragraphs.at(pi);
        // The paragraph's opening subject governs its later sentences unless they name the body
        // (全区共发生行政诉讼案件39件，其中…，出庭应诉率89.74% is the district's, after 其中 too).
        if (m_paragraphSubject.at(pi).department && !namedBody) {
            if (!dept)
                deptName = m_paragraphSubject.at(pi).name;
            dept = true;
        }
        if (m_sectionDepartment.at(pi) && !namedBody)
            dept = true;
        const QStringView opening = m_text.mid(para.start, qMin(12, para.end - para.start)).trimmed();
        if (opening.startsWith(u'在'))
            ++f.sector;
    }
    // 全区共开展行政检查1.12万次。办理行政处罚案件3,426件…: a sentence opening with its verb (or with the
    // organs: 行政机关负责人出庭应诉178件) goes on with the subject of the sentence before it in the
    // paragraph, when that one opened with the body; so does an item of a numbered list after the
    // item before it (1.行政检查：全县开展…。 / 2.行政处罚：办理…).
    if (!f.body && !dept && !f.subunits && !subject.department && pi >= 0) {
        const Span para = m_paragraphs.at(pi);
        // Where an item's words start: after its number and its label (2.行政处罚：).
        auto itemStart = [&](const Span &p) {
            const QStringView t = m_text.mid(p.start, p.end - p.start);
            const int marker = listMarkerLength(t);
            if (marker <= 0)
                return -1;
            const qsizetype colon = t.left(24).indexOf(u':');
            return p.start + int(colon > marker ? colon + 1 : marker);
        };
        int from = full.start;
        int previousStart = -1;
        if (full.start > para.start) {
            previousStart = m_segments.fullSentenceAt(full.start - 1).start;
        } else if (const int own = itemStart(para); own >= 0 && pi > 0) {
            from = own;
            previousStart = itemStart(m_paragraphs.at(pi - 1));
        }
        static const QRegularExpression verbFirst(QStringLiteral("^(?:(?:共|全年|年内)?(?:办理|开展|查处|作出|实施|立案|受理|收到|审结|办结)|行政机关)"));
        const QStringView opening = m_text.mid(from, qMax(0, qMin(8, pos - from))).trimmed();
        if (previousStart >= 0 && verbFirst.match(opening).hasMatch()) {
            auto h = std::lower_bound(m_hits.begin(), m_hits.end(), previousStart,
                                      [](const PhraseHit &x, int p) { return x.start < p; });
            for (; h != m_hits.end() && h->start < qMin(full.start, previousStart + 4); ++h)
                if (h->kind == Body && validCue(*h) && m_text.at(h->start) == u'全')
                    f.body = f.whole = true;
        }
    }
    f.department = dept && !f.body;
    if (f.department)
        f.departmentName = deptName;
    if (f.body)
        f.subunits = false;
    return f;
}

} // namespace fz
