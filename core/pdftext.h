#pragma once
// Text as PDF pages give it, made into text a reader expects: lines broken by the page layout
// are joined again, the spaces PDF puts between Chinese and digits dropped, page headers and
// footers that repeat on every page (page numbers) removed, paragraphs kept.
#include <QString>
#include <QStringList>

namespace fz {

QString cleanPdfText(const QStringList &pages);

} // namespace fz
