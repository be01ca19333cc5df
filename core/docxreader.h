#pragma once
// Word documents (.docx): the zip is opened with libzip, word/document.xml read paragraph by
// paragraph (tables become rows of cells joined by " | "), the title taken from
// docProps/core.xml. Password-protected files (which are not zips) and corrupt ones are refused.
#include "documentreader.h"

namespace fz {

class DocxReader : public DocumentReader
{
public:
    QString format() const override { return QStringLiteral("docx"); }
    QStringList suffixes() const override { return {QStringLiteral("docx")}; }
    ReadDocument read(const QByteArray &bytes) const override;
};

// The text of a document.xml (exposed for tests).
QString docxXmlToText(const QByteArray &documentXml);

} // namespace fz
