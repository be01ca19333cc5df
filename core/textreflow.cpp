#include "textreflow.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace fz {
namespace {

struct Line {
    int start = 0; // without leading and trailing white space
    int end = 0;
    int width = 0; // in columns of the original: Chinese characters two, ASCII one
};

int columns(QStringView s)
{
    int w = 0;
    for (const QChar c : s)
        w += c.unicode() < 0x1100 ? 1 : 2;
    return w;
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\u3000' || c == u'\u00a0';
}

// Page numbers and page counts between pages: — 3 —, - 3 -, 第 2 页 共 5 页, 2/5.
bool isPageNumber(QStringView line)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-—–―~\\s]*\\d{1,3}[-—–―~\\s]*|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3})$"));
    return re.match(line).hasMatch();
}

// A line that opens a block of its own: 一、 (一) 1. ① 第一章.
bool opensBlock(QStringView line)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．](?!\\d)|[①-⑳]|"
        "第[一二三四五六七八九十]{1,3}[章节部分条])"));
    return re.match(line).hasMatch();
}

// A row of a table laid out with spaces or tabs, or a pipe table: its breaks are its own.
bool isTableRow(QStringView line)
{
    return line.contains(u'\t') || line.contains(u'|') || line.contains(QStringView(u"   "));
}

} // namespace

int ReflowedText::toOriginal(int pos) const
{
    if (m_origin.isEmpty())
        return pos;
    return m_origin.at(qBound(0, pos, int(m_origin.size()) - 1));
}

int ReflowedText::toOriginalEnd(int end) const
{
    if (m_origin.isEmpty())
        return end;
    if (end <= 0)
        return m_origin.first();
    return m_origin.at(qMin(end, int(m_origin.size()) - 1) - 1) + 1;
}

int ReflowedText::fromOriginal(int pos) const
{
    if (m_origin.isEmpty())
        return pos;
    return int(std::lower_bound(m_origin.cbegin(), m_origin.cend(), pos) - m_origin.cbegin());
}

PageLayout ReflowedText::layoutFromOriginal(const PageLayout &layout) const
{
    if (m_origin.isEmpty())
        return layout;
    PageLayout out;
    out.bodyStart = fromOriginal(layout.bodyStart);
    out.bodyEnd = fromOriginal(layout.bodyEnd);
    for (const Span &s : layout.chrome) {
        const Span m{fromOriginal(s.start), fromOriginal(s.end)};
        if (m.end > m.start)
            out.chrome.append(m);
    }
    return out;
}

ReflowedText reflowHardWrapped(const QString &original, const QString &folded, const PageLayout &layout)
{
    ReflowedText out;
    out.text = folded;
    const int n = int(folded.size());
    QVector<Line> lines;
    for (int pos = 0; pos <= n;) {
        int eol = int(folded.indexOf(u'\n', pos));
        if (eol < 0)
            eol = n;
        Line l{pos, eol, 0};
        while (l.start < l.end && isBlank(folded.at(l.start))) ++l.start;
        while (l.end > l.start && isBlank(folded.at(l.end - 1))) --l.end;
        l.width = columns(QStringView(original).mid(l.start, l.end - l.start));
        lines.append(l);
        pos = eol + 1;
    }
    // The page's width: the width most long lines reach (a paragraph's last line is shorter; a
    // line may fall a few columns short where punctuation may not open the next one).
    QHash<int, int> byWidth;
    int longLines = 0;
    for (const Line &l : lines) {
        if (l.width >= 40 && !layout.isChrome(l.start)) {
            ++byWidth[l.width];
            ++longLines;
        }
    }
    int width = 0, full = 0;
    for (auto it = byWidth.constBegin(); it != byWidth.constEnd(); ++it) {
        int within = 0;
        for (int w = it.key() - 5; w <= it.key(); ++w)
            within += byWidth.value(w);
        if (within > full || (within == full && it.key() > width)) {
            width = it.key();
            full = within;
        }
    }
    if (width == 0 || width > 140 || full < 6 || full * 10 < longLines * 4)
        return out; // laid out as paragraphs, not as lines of a page
    // Running heads: short lines the text repeats.
    QHash<QStringView, int> seen;
    for (const Line &l : lines)
        if (l.end > l.start && l.end - l.start <= 60)
            ++seen[QStringView(folded).mid(l.start, l.end - l.start)];
    auto furniture = [&](const Line &l) {
        const QStringView t = QStringView(folded).mid(l.start, l.end - l.start);
        return t.isEmpty() || layout.isChrome(l.start) || isPageNumber(t) || seen.value(t) >= 2;
    };
    QVector<Span> cuts; // ranges of the folded text left out
    for (int i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        if (l.end == l.start || l.width < width - 6 || l.width > width + 2 || furniture(l))
            continue;
        const QStringView text = QStringView(folded).mid(l.start, l.end - l.start);
        if (isTableRow(text) || text.endsWith(u'。') || text.endsWith(u'!') || text.endsWith(u'?'))
            continue;
        int j = i + 1;
        while (j < lines.size() && j - i <= 8 && furniture(lines.at(j)))
            ++j;
        if (j >= lines.size() || j - i > 8)
            continue;
        const QStringView next = QStringView(folded).mid(lines.at(j).start, lines.at(j).end - lines.at(j).start);
        if (opensBlock(next) || isTableRow(next))
            continue;
        cuts.append({l.end, lines.at(j).start});
    }
    if (cuts.isEmpty())
        return out;
    out.text.clear();
    out.text.reserve(n);
    out.m_origin.reserve(n + 1);
    int from = 0;
    for (const Span &c : cuts) {
        out.text.append(QStringView(folded).mid(from, c.start - from));
        for (int k = from; k < c.start; ++k)
            out.m_origin.append(k);
        from = c.end;
    }
    out.text.append(QStringView(folded).mid(from));
    for (int k = from; k <= n; ++k)
        out.m_origin.append(k);
    return out;
}

} // namespace fz
