#pragma once
// Paragraph, sentence and clause boundaries of a folded text, found once and queried by
// position. A sentence ends at 。 ; ! ? or a line break; a clause also at , and :.
#include "pagelayout.h"
#include <QStringView>
#include <QVector>

namespace fz {

// A table copied out of a PDF keeps its columns apart with runs of at least this many spaces (a
// heading's spaced characters, 项    目, take fewer): table rows split there, and each cell is a
// clause of its own.
constexpr int kColumnGapSpaces = 5;

class TextSegments
{
public:
    TextSegments(QStringView folded, int from, int to);

    Span paragraphAt(int pos) const { return spanAt(m_paragraphEnds, pos); }
    Span sentenceAt(int pos) const { return spanAt(m_sentenceEnds, pos); }
    Span clauseAt(int pos) const { return spanAt(m_clauseEnds, pos); }
    // The sentence up to 。 ! ? or a line break, across semicolons (whose parts share a subject).
    Span fullSentenceAt(int pos) const { return spanAt(m_fullSentenceEnds, pos); }

    // Paragraphs in order (non-empty lines).
    QVector<Span> paragraphs() const;

private:
    Span spanAt(const QVector<int> &ends, int pos) const;
    int m_from;
    int m_to;
    QVector<int> m_paragraphEnds; // positions of delimiters (exclusive ends), ascending
    QVector<int> m_sentenceEnds;
    QVector<int> m_fullSentenceEnds;
    QVector<int> m_clauseEnds;
    QStringView m_text;
};

} // namespace fz
