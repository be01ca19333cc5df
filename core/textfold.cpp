#include "textfold.h"

#include <QFile>
#include <QTextStream>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <memory>

namespace fz {

TextFolder::TextFolder()
{
    for (int c = 0; c < 65536; ++c)
        m_table[c] = char16_t(c);

    // Traditional -> simplified, one character at a time (context-free mappings only).
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_SUCCESS(status) && t) {
        const std::pair<char16_t, char16_t> ranges[] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
        for (auto [lo, hi] : ranges) {
            for (int c = lo; c <= hi; ++c) {
                icu::UnicodeString s(static_cast<UChar32>(c));
                t->transliterate(s);
                if (s.length() == 1 && s.charAt(0) != c) {
                    m_table[c] = s.charAt(0);
                    ++m_mappings;
                }
            }
        }
    }
    QFile overrides(QStringLiteral(":/fazhi/fold/overrides.txt"));
    if (overrides.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(overrides.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('#')) || line.size() < 3)
                continue;
            m_table[line.at(0).unicode()] = line.at(2).unicode();
            ++m_mappings;
        }
    }
    // Full-width ASCII forms and the ideographic space.
    for (char16_t c = 0xFF01; c <= 0xFF5E; ++c)
        m_table[c] = char16_t(c - 0xFF01 + 0x21);
    const char16_t spaces[] = {0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
                               0x2007, 0x2008, 0x2009, 0x200A, 0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF};
    for (char16_t c : spaces)
        m_table[c] = u' ';
    // Look-alike punctuation used in numbers and lists.
    m_table[0x3002] = 0x3002;          // 。 stays: it ends sentences
    m_table[0xFF61] = 0x3002;          // halfwidth ideographic full stop
    m_table[0x2014] = 0x2014;          // em dash stays
    m_table[0x2212] = u'-';            // minus sign
    m_table[0xFE50] = u',';            // small comma
    for (int c = 0x3400; c < 0x10000; ++c)
        if (m_table[c] != c && m_table[c] >= 0x3400)
            m_reverse[m_table[c]].append(QChar(char16_t(c)));
}

QString TextFolder::sourcesOf(char16_t c) const
{
    return QString(QChar(c)) + m_reverse.value(c);
}

QStringList unfoldVariants(const QString &folded, int limit)
{
    QStringList out{QString()};
    for (QChar c : folded) {
        const QString sources = TextFolder::instance().sourcesOf(c.unicode());
        QStringList next;
        for (const QString &prefix : out)
            for (QChar s : sources)
                if (next.size() < limit)
                    next << prefix + s;
        out = next;
    }
    return out;
}

const TextFolder &TextFolder::instance()
{
    static const TextFolder folder;
    return folder;
}

void TextFolder::foldInto(QStringView text, QString &out) const
{
    out.resize(text.size());
    const char16_t *src = text.utf16();
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i)
        dst[i] = m_table[src[i]];
}

QString TextFolder::fold(QStringView text) const
{
    QString out;
    foldInto(text, out);
    return out;
}

} // namespace fz
