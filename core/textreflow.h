#pragma once
// Text copied out of a PDF keeps the page's line breaks: every line is cut at the page's width,
// in the middle of a sentence, a phrase or a figure ("罚没款1,\n234.5万元"), and page numbers and
// running heads stand between the halves of a sentence that crosses a page. Extraction reads
// such text with those breaks and furniture taken out; every position maps back to the original,
// so that values still point at the text the analyst sees.
#include "pagelayout.h"

#include <QString>
#include <QVector>

namespace fz {

class ReflowedText
{
public:
    QString text;           // the folded text, wrap breaks and the furniture between them removed
    bool changed() const { return !m_origin.isEmpty(); }

    // Offsets in the original for a position and for an exclusive end in text.
    int toOriginal(int pos) const;
    int toOriginalEnd(int end) const;
    // The first position in text at or after an original offset.
    int fromOriginal(int pos) const;
    PageLayout layoutFromOriginal(const PageLayout &layout) const;

private:
    friend ReflowedText reflowHardWrapped(const QString &original, const QString &folded, const PageLayout &layout);
    QVector<int> m_origin;  // m_origin[i]: original offset of text[i]; one more for the end
};

// Joins lines that a page width broke when the text is laid out in lines of one width (most
// long lines within a few columns of each other, measured in the original's characters);
// returns an unchanged text otherwise. original and folded have the same offsets.
ReflowedText reflowHardWrapped(const QString &original, const QString &folded, const PageLayout &layout);

} // namespace fz
