#include "textsegments.h"
#include <algorithm>

namespace fz {

namespace {
bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
}

TextSegments::TextSegments(QStringView folded, int from, int to)
    : m_from(from), m_to(to), m_text(folded)
{
    int spaces = 0;
    for (int i = from; i < to; ++i) {
        const char16_t c = folded.at(i).unicode();
        // A wide run of spaces parts the columns of a table copied out of a PDF: each cell is
        // a clause of its own (行政复议申请（件）     46     依法受理42件).
        spaces = c == u' ' ? spaces + 1 : 0;
        if (spaces >= kColumnGapSpaces && i + 1 < to && folded.at(i + 1) != u' ') {
            m_clauseEnds.append(i);
            continue;
        }
        switch (c) {
        case u'\n':
            m_paragraphEnds.append(i);
            m_fullSentenceEnds.append(i);
            m_sentenceEnds.append(i);
            m_clauseEnds.append(i);
            break;
        case u'。': case u'!': case u'?':
            m_fullSentenceEnds.append(i);
            m_sentenceEnds.append(i);
            m_clauseEnds.append(i);
            break;
        case u';':
            m_sentenceEnds.append(i);
            m_clauseEnds.append(i);
            break;
        case u',': case u':':
            // 1,234 is one number, 10:30 one time.
            if (i > from && i + 1 < to && isDigit(folded.at(i - 1)) && isDigit(folded.at(i + 1)))
                break;
            m_clauseEnds.append(i);
            break;
        default:
            break;
        }
    }
}

Span TextSegments::spanAt(const QVector<int> &ends, int pos) const
{
    // The delimiter at or after pos ends the segment; the one before starts it.
    const auto it = std::lower_bound(ends.begin(), ends.end(), pos);
    const int end = it == ends.end() ? m_to : *it;
    const int start = it == ends.begin() ? m_from : *(it - 1) + 1;
    return {start, end};
}

QVector<Span> TextSegments::paragraphs() const
{
    QVector<Span> out;
    int start = m_from;
    for (int e : m_paragraphEnds) {
        if (e > start)
            out.append({start, e});
        start = e + 1;
    }
    if (m_to > start)
        out.append({start, m_to});
    return out;
}

} // namespace fz
