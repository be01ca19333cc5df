#pragma once
// Whose figure a number is: the whole reporting body (全区, 区政府, 区属各…), one department
// (区建委, 我区市场监管部门, 该局, a section headed by 街综合执法大队), the sub-units (各街镇), or
// a campaign or sector (专项, 在…方面). Headlines are chosen from these facts.
#include "indicatorcatalogue.h"
#include "phrasematcher.h"
#include "textsegments.h"

#include <QHash>
#include <QSet>

namespace fz {

struct ScopeFacts {
    bool body = false;        // the whole reporting body is named before the figure
    bool whole = false;       // …as a whole (全市, 全区), not as its government (市政府)
    bool department = false;  // the figure is one department's
    bool subunits = false;    // the figure sums the sub-units (各街镇) only
    int total = 0;            // totality cues (全年, 共, 累计, 合计 ...)
    int sector = 0;           // sector cues (在…方面, 重点领域)
    bool campaign = false;    // one campaign's figure (专项行动中)
    QString departmentName;   // the department named as subject, when one is
};

class ScopeAnalyzer
{
public:
    enum CueKind { Body = 100, Total, Subunit, Sector, DepartmentPronoun, SubScope, Campaign };

    // Registers the cue phrases of the catalogue in a matcher under the kinds above.
    static void addCues(PhraseMatcher &matcher, const IndicatorCatalogue &catalogue);

    // cueHits: the hits of the kinds above, sorted by start.
    ScopeAnalyzer(QStringView folded, const TextSegments &segments, const IndicatorCatalogue &catalogue,
                  QVector<PhraseHit> cueHits, const QVector<Span> &paragraphs, const QString &region = {});

    ScopeFacts scopeAt(int pos) const;

    // A sentence whose subject is a department: returns the subject's span (empty if none).
    Span departmentSubject(const Span &sentence) const;

    // Whether a (folded) name is one of the divisions the region lies in.
    bool encloses(QStringView name) const { return m_enclosing.contains(name.toString()); }

private:
    struct SubjectInfo {
        bool department = false;
        bool subunits = false;
        Span span;
        QString name;
    };
    SubjectInfo subjectOf(int from, int to) const;
    SubjectInfo findSubject(int from, int to) const;
    int paragraphIndex(int pos) const;
    bool validCue(const PhraseHit &h) const;

    bool namesOtherDivisions(QStringView s) const;
    bool figuresIn(int from, int to) const;
    bool otherDivisionEndsAt(int end) const;

    QStringView m_text;
    QString m_region; // folded
    QSet<QString> m_enclosing; // the divisions the region lies in (朝阳区 for 三里屯街道): higher, not sub-units
    const TextSegments &m_segments;
    const ScopeCues &m_cues;
    QVector<PhraseHit> m_hits;
    // The subject vocabulary, prepared once: function-word characters, suffixes by first character.
    QSet<QChar> m_notName;
    QHash<QChar, QStringList> m_suffixes;
    QVector<Span> m_paragraphs;
    QVector<SubjectInfo> m_paragraphSubject;  // subject of each paragraph's opening
    QVector<bool> m_sectionDepartment;        // department scope inherited from a numbered heading
    mutable QHash<qint64, SubjectInfo> m_subjects; // subjectOf by (from, to): asked once per mention
};

} // namespace fz
