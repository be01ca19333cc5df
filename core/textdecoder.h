#pragma once
// Turns the bytes of a report into text: BOM, strict UTF-8, a declared charset, or a guess
// among the encodings Chinese reports use (GB18030 covers GBK/GB2312, Big5, UTF-16).
#include <QByteArray>
#include <QString>

namespace fz {

struct DecodedText {
    QString text;
    QString encoding;   // canonical name actually used: UTF-8, GB18030, Big5, UTF-16LE, ...
    QString error;      // empty when decoding succeeded
    bool ok() const { return error.isEmpty(); }
};

// declaredCharset: a charset named by the document itself (HTML meta), tried before guessing.
DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset = {});

// Canonical name for a charset label (gb2312/gbk/x-gbk -> GB18030, big5-hkscs -> Big5, ...);
// empty when the label names nothing we decode.
QString canonicalEncoding(const QByteArray &label);

// Encodes text in the given encoding (through ICU); used by tests and the demo generator to
// write GB18030, Big5 and UTF-16 files. Returns an empty array for an unknown encoding.
QByteArray encodeText(const QString &text, const QString &encoding, bool withBom = false);

} // namespace fz
