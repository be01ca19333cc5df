<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Database</name>
    <message>
        <location filename="../core/database.cpp" line="+43"/>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not an SQLite database (left untouched)</source>
        <translation>not an SQLite database (left untouched)</translation>
    </message>
    <message>
        <location line="+359"/>
        <source>not a database address; write postgresql://user@host:port/dbname</source>
        <translation>not a database address; write postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a password does not belong in the address; set PGPASSWORD or use ~/.pgpass</source>
        <translation>a password does not belong in the address; set PGPASSWORD or use ~/.pgpass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>the PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot connect: %1</source>
        <translation>cannot connect: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot prepare the schema: %1</source>
        <translation>cannot prepare the schema: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+74"/>
        <source>database schema version %1 is newer than this program supports (%2); use a newer fazhi</source>
        <translation>database schema version %1 is newer than this program supports (%2); use a newer fazhi</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+85"/>
        <source>migration failed: %1</source>
        <translation>migration failed: %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>is a folder, not a database</source>
        <translation>is a folder, not a database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database is read-only (no write permission)</source>
        <translation>database is read-only (no write permission)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such database</source>
        <translation>no such database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create folder %1</source>
        <translation>cannot create folder %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a usable SQLite database: %1</source>
        <translation>not a usable SQLite database: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot set up search: %1</source>
        <translation>cannot set up search: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot enable write-ahead logging: %1</source>
        <translation>cannot enable write-ahead logging: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database schema version %1 is older than %2 and the file is read-only, so it cannot be upgraded</source>
        <translation>database schema version %1 is older than %2 and the file is read-only, so it cannot be upgraded</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+7"/>
        <source>to version %1: %2</source>
        <translation>to version %1: %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/documentreader.cpp" line="+54"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder</source>
        <translation>is a folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/importjob.cpp" line="+164"/>
        <source>unsupported file type &apos;.%1&apos; (supported: %2)</source>
        <translation>unsupported file type &apos;.%1&apos; (supported: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file too large: %1 MB (limit %2 MB)</source>
        <translation>file too large: %1 MB (limit %2 MB)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/textdecoder.cpp" line="+234"/>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <location filename="../core/plaintextreader.cpp" line="+33"/>
        <source>empty file: no text after decoding</source>
        <translation>empty file: no text after decoding</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>empty file: the page holds no text</source>
        <translation>empty file: the page holds no text</translation>
    </message>
    <message>
        <location filename="../core/docxreader.cpp" line="+94"/>
        <source>password-protected or not a Word 2007+ (.docx) file</source>
        <translation>password-protected or not a Word 2007+ (.docx) file</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>corrupt Word file: %1</source>
        <translation>corrupt Word file: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>empty file: the document holds no text</source>
        <translation>empty file: the document holds no text</translation>
    </message>
    <message>
        <location filename="../core/textdecoder.cpp" line="+12"/>
        <source>undecodable bytes: %1 errors in %2 text after its byte order mark</source>
        <translation>undecodable bytes: %1 errors in %2 text after its byte order mark</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>binary file: contains NUL bytes and decodes to no text</source>
        <translation>binary file: contains NUL bytes and decodes to no text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undecodable bytes: best guess %1 gives implausible text</source>
        <translation>undecodable bytes: best guess %1 gives implausible text</translation>
    </message>
    <message>
        <location filename="../core/importjob.cpp" line="-30"/>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read folder</source>
        <translation>cannot read folder</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no such file (broken link to %1)</source>
        <translation>no such file (broken link to %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: permission denied</source>
        <translation>cannot read: permission denied</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+68"/>
        <source>cannot store: %1</source>
        <translation>cannot store: %1</translation>
    </message>
    <message>
        <location filename="../core/pdf/pdfreader.cpp" line="+18"/>
        <source>corrupt PDF: the file does not start like a PDF</source>
        <translation>corrupt PDF: the file does not start like a PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>password-protected PDF: remove the password and import it again</source>
        <translation>password-protected PDF: remove the password and import it again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF with an unsupported security scheme (encrypted)</source>
        <translation>PDF with an unsupported security scheme (encrypted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrupt PDF: it cannot be opened</source>
        <translation>corrupt PDF: it cannot be opened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>corrupt PDF: no pages</source>
        <translation>corrupt PDF: no pages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>scanned PDF: %1 page(s) without a text layer; run OCR first</source>
        <translation>scanned PDF: %1 page(s) without a text layer; run OCR first</translation>
    </message>
</context>
<context>
    <name>LibraryUpgrade</name>
    <message>
        <location filename="../ui/libraryupgrade.cpp" line="+18"/>
        <source>Upgrading the library for this version of the workbench (schema %1 → %2)…
%3</source>
        <translation>Upgrading the library for this version of the workbench (schema %1 → %2)…
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading library</source>
        <translation>Upgrading library</translation>
    </message>
</context>
<context>
    <name>fz::AddMentionDialog</name>
    <message>
        <location filename="../ui/editdialogs.cpp" line="+75"/>
        <source>Add an indicator value</source>
        <translation>Add an indicator value</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The value must be a number (219.4万 and 十三 are read too).</source>
        <translation>The value must be a number (219.4万 and 十三 are read too).</translation>
    </message>
</context>
<context>
    <name>fz::AnnotationDialog</name>
    <message>
        <location line="-85"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
</context>
<context>
    <name>fz::AnnotationsModel</name>
    <message>
        <location filename="../ui/mentionsmodel.cpp" line="+171"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>fz::ChartBuilder</name>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="+171"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by an analyst</source>
        <translation>chosen by an analyst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>click to open the report</source>
        <translation>click to open the report</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 by region and year</source>
        <translation>%1 by region and year</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 over the years</source>
        <translation>%1 over the years</translation>
    </message>
</context>
<context>
    <name>fz::ChartExport</name>
    <message>
        <location filename="../ui/chartexport.cpp" line="+59"/>
        <location line="+34"/>
        <source>size must be 100–20000 pixels and resolution 24–1200 dpi</source>
        <translation>size must be 100–20000 pixels and resolution 24–1200 dpi</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+33"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: cannot write the PNG file</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>nothing to draw</source>
        <translation>nothing to draw</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot write the SVG file</source>
        <translation>%1: cannot write the SVG file</translation>
    </message>
</context>
<context>
    <name>fz::ComparisonView</name>
    <message>
        <location filename="../ui/comparisonview.cpp" line="+52"/>
        <source>Bars across regions (one year)</source>
        <translation>Bars across regions (one year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grouped bars: regions × years</source>
        <translation>Grouped bars: regions × years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines over the years</source>
        <translation>Lines over the years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview: reconsideration, penalties, court</source>
        <translation>Overview: reconsideration, penalties, court</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province</source>
        <translation>A province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A city</source>
        <translation>A city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A level</source>
        <translation>A level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions I choose</source>
        <translation>Regions I choose</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter regions</source>
        <translation>Filter regions</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year of the bar chart (— : the year with the most values)</source>
        <translation>The year of the bar chart (— : the year with the most values)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as an SVG drawing</source>
        <translation>Save the chart as an SVG drawing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the values drawn, with their sources, as CSV</source>
        <translation>Save the values drawn, with their sources, as CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Regions</source>
        <translation>&amp;Regions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Years</source>
        <translation>&amp;Years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bar year</source>
        <translation>&amp;Bar year</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The overview always shows the same five indicators.</source>
        <translation>The overview always shows the same five indicators.</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>No library open.</source>
        <translation>No library open.</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>the %1 largest of %n regions drawn (the CSV export has them all); choose a province, a city or the regions themselves to see others</source>
        <translation>
            <numerusform>the %1 largest of %n region drawn (the CSV export has them all); choose a province, a city or the regions themselves to see others</numerusform>
            <numerusform>the %1 largest of %n regions drawn (the CSV export has them all); choose a province, a city or the regions themselves to see others</numerusform>
        </translation>
    </message>
    <message>
        <location line="-410"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+411"/>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Choose at least one indicator.</source>
        <translation>Choose at least one indicator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the regions to compare in the list of regions.</source>
        <translation>Tick the regions to compare in the list of regions.</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>%n value(s) from headlines</source>
        <translation>
            <numerusform>%n value from headlines</numerusform>
            <numerusform>%n values from headlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n gap(s): no report or no headline</source>
        <translation>
            <numerusform>%n gap: no report or no headline</numerusform>
            <numerusform>%n gaps: no report or no headline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n region(s) without a value in %1 left out</source>
        <translation>
            <numerusform>%n region without a value in %1 left out</numerusform>
            <numerusform>%n regions without a value in %1 left out</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.</source>
        <comment>ends the summary under the chart</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <comment>separates the parts of the summary</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover over a bar or point for its source; click it to open the report at the sentence.</source>
        <translation>Hover over a bar or point for its source; click it to open the report at the sentence.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to export.</source>
        <translation>Nothing to export.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size in pixels (width×height)</source>
        <translation>Size in pixels (width×height)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolution (dpi)</source>
        <translation>Resolution (dpi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size must be written as width×height, e.g. 1600×900.</source>
        <translation>The size must be written as width×height, e.g. 1600×900.</translation>
    </message>
</context>
<context>
    <name>fz::EditCommand</name>
    <message>
        <location filename="../ui/editcommands.cpp" line="+15"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>divisions it belongs to</source>
        <translation>divisions it belongs to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date</source>
        <translation>publication date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it no longer exists</source>
        <translation>it no longer exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed by someone else since it was read</source>
        <translation>changed by someone else since it was read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid value</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database error</source>
        <translation>database error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save “%1”: %2</source>
        <translation>Could not save “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Another analyst changed it; the report now shows their version.</source>
        <translation>. Another analyst changed it; the report now shows their version.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>annotate</source>
        <translation>annotate</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>edit annotation</source>
        <translation>edit annotation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>delete annotation</source>
        <translation>delete annotation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>set %1 to %2</source>
        <translation>set %1 to %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>verify %1</source>
        <translation>verify %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unverify %1</source>
        <translation>unverify %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>reject %1</source>
        <translation>reject %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore %1</source>
        <translation>restore %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>make %1 the headline</source>
        <translation>make %1 the headline</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>add %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>correct the %1</source>
        <translation>correct the %1</translation>
    </message>
</context>
<context>
    <name>fz::ImportController</name>
    <message>
        <location filename="../ui/importcontroller.cpp" line="+21"/>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Importing %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing import…</source>
        <translation>Preparing import…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling after the current report…</source>
        <translation>Cancelling after the current report…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n report(s).</source>
        <translation>
            <numerusform>Imported %n report.</numerusform>
            <numerusform>Imported %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the library (same text).</source>
        <translation>
            <numerusform>%n already in the library (same text).</numerusform>
            <numerusform>%n already in the library (same text).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Cancelled: the remaining files were not imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be imported; see the details.</source>
        <translation>
            <numerusform>%n file could not be imported; see the details.</numerusform>
            <numerusform>%n files could not be imported; see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fz::IndicatorStyle</name>
    <message>
        <location filename="../ui/indicatorstyle.cpp" line="+81"/>
        <source>★ headline</source>
        <translation>★ headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ verified</source>
        <translation>✓ verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added by hand</source>
        <translation>added by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected (extracted: %1)</source>
        <translation>corrected (extracted: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>fz::LibraryModel</name>
    <message>
        <location filename="../ui/librarymodel.cpp" line="+47"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District/county</source>
        <translation>District/county</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street/town</source>
        <translation>Street/town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The body that reports: a province, city, district or county, street or town, or a department</source>
        <translation>The body that reports: a province, city, district or county, street or town, or a department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The divisions it belongs to, nearest first</source>
        <translation>The divisions it belongs to, nearest first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative level</source>
        <translation>Administrative level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year the report covers</source>
        <translation>The year the report covers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator values found in the report</source>
        <translation>Indicator values found in the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations on the report</source>
        <translation>Annotations on the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator values no analyst has verified yet</source>
        <translation>Indicator values no analyst has verified yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of publication</source>
        <translation>Date of publication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified</source>
        <translation>Unverified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>fz::LibraryPanel</name>
    <message>
        <location filename="../ui/librarypanel.cpp" line="+26"/>
        <source>Search the text of every report (Ctrl+F)</source>
        <translation>Search the text of every report (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First year (— : no limit)</source>
        <translation>First year (— : no limit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (— : no limit)</source>
        <translation>Last year (— : no limit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative level</source>
        <translation>Administrative level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified only</source>
        <translation>Unverified only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only reports with indicator values that no analyst has verified yet</source>
        <translation>Only reports with indicator values that no analyst has verified yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Years</source>
        <translation>&amp;Years</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+35"/>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No library open.</source>
        <translation>No library open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is empty: File → Import files (Ctrl+I), or drop report files on the window.</source>
        <translation>The library is empty: File → Import files (Ctrl+I), or drop report files on the window.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing %1 of %n report(s)</source>
        <translation>
            <numerusform>Showing %1 of %n report</numerusform>
            <numerusform>Showing %1 of %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fz::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+60"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library and the open report (Ctrl+1)</source>
        <translation>The library and the open report (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts across regions and years (Ctrl+2)</source>
        <translation>Charts across regions and years (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions × years for one indicator (Ctrl+3)</source>
        <translation>Regions × years for one indicator (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two to four reports side by side (Ctrl+4)</source>
        <translation>Two to four reports side by side (Ctrl+4)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Import finished: %n report(s) added.</source>
        <translation>
            <numerusform>Import finished: %n report added.</numerusform>
            <numerusform>Import finished: %n reports added.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New library…</source>
        <translation>&amp;New library…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open library…</source>
        <translation>&amp;Open library…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;team library (PostgreSQL)…</source>
        <translation>Open &amp;team library (PostgreSQL)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the &amp;demo corpus</source>
        <translation>Load the &amp;demo corpus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export indicator values (CSV)…</source>
        <translation>&amp;Export indicator values (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;annotations (CSV)…</source>
        <translation>Export &amp;annotations (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;reports</source>
        <translation>Back to the &amp;reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare regions and years</source>
        <translation>&amp;Compare regions and years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side by side</source>
        <translation>&amp;Side by side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected reports side &amp;by side</source>
        <translation>Compare selected reports side &amp;by side</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find in library</source>
        <translation>&amp;Find in library</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the rea&amp;der</source>
        <translation>Go to the rea&amp;der</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language can change once the import has finished.</source>
        <translation>The language can change once the import has finished.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fazhi Workbench</source>
        <translation>&amp;About Fazhi Workbench</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fazhi Workbench</source>
        <translation>Fazhi Workbench</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no library</source>
        <translation>no library</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No library open: File → Open library (Ctrl+O), or File → New library (Ctrl+N).</source>
        <translation>No library open: File → Open library (Ctrl+O), or File → New library (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Library %1 · %n report(s)</source>
        <translation>
            <numerusform>Library %1 · %n report</numerusform>
            <numerusform>Library %1 · %n reports</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Side by side shows at most 4 reports: the first 4 of the %1 selected.</source>
        <translation>Side by side shows at most 4 reports: the first 4 of the %1 selected.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Comparing %n report(s) side by side.</source>
        <translation>
            <numerusform>Comparing %n report side by side.</numerusform>
            <numerusform>Comparing %n reports side by side.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the open report. Open another report and press Ctrl+Shift+C again, or select 2 to 4 reports in the library.</source>
        <translation>Added the open report. Open another report and press Ctrl+Shift+C again, or select 2 to 4 reports in the library.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added the open report: %n report(s) side by side.</source>
        <translation>
            <numerusform>Added the open report: %n report side by side.</numerusform>
            <numerusform>Added the open report: %n reports side by side.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select 2 to 4 reports in the library first (Ctrl+click or Shift+click).</source>
        <translation>Select 2 to 4 reports in the library first (Ctrl+click or Shift+click).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+27"/>
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Wait for the import to finish, or cancel it.</source>
        <translation>Wait for the import to finish, or cancel it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library could not be opened and was left untouched:
%1</source>
        <translation>The library could not be opened and was left untouched:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library upgraded from schema version %1 to %2.</source>
        <translation>Library upgraded from schema version %1 to %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>New library</source>
        <translation>New library</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>Fazhi libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Fazhi libraries (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 already exists; open it instead, or choose another name.</source>
        <translation>%1 already exists; open it instead, or choose another name.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open team library</source>
        <translation>Open team library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the PostgreSQL database, for example
postgresql://analyst@server.example:5432/fazhi
The password comes from the PGPASSWORD variable or ~/.pgpass.</source>
        <translation>Address of the PostgreSQL database, for example
postgresql://analyst@server.example:5432/fazhi
The password comes from the PGPASSWORD variable or ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open or create a library first.</source>
        <translation>Open or create a library first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import reports</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (*.txt *.html *.htm *.shtml *.pdf *.docx);;All files (*)</source>
        <translation>Reports (*.txt *.html *.htm *.shtml *.pdf *.docx);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a folder of reports</source>
        <translation>Import a folder of reports</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo corpus</source>
        <translation>Demo corpus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo corpus could not be written: %1</source>
        <translation>The demo corpus could not be written: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An empty library</source>
        <translation>An empty library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This library holds no reports yet. Load a demo corpus of synthetic reports (districts of several provinces, 2015–2024) so that you can try the reader and the charts at once?

You can also import your own reports with File → Import, or by dropping files on this window.</source>
        <translation>This library holds no reports yet. Load a demo corpus of synthetic reports (districts of several provinces, 2015–2024) so that you can try the reader and the charts at once?

You can also import your own reports with File → Import, or by dropping files on this window.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export indicator values</source>
        <translation>Export indicator values</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>within</source>
        <translation>within</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline</source>
        <translation>headline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sentence</source>
        <translation>sentence</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Export annotations</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opened the report at the sentence the value came from.</source>
        <translation>Opened the report at the sentence the value came from.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Fazhi Workbench</source>
        <translation>About Fazhi Workbench</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Reads Chinese local governments&apos; yearly rule-of-law reports, extracts the figures analysts compare (administrative reconsideration, penalties and fines, lawsuits, officials appearing in court, inspections…) and keeps every value linked to the sentence it came from.&lt;/p&gt;&lt;p&gt;Compare regions and years in charts, a matrix, or reports side by side; verify, correct and annotate values, with undo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reads Chinese local governments&apos; yearly rule-of-law reports, extracts the figures analysts compare (administrative reconsideration, penalties and fines, lawsuits, officials appearing in court, inspections…) and keeps every value linked to the sentence it came from.&lt;/p&gt;&lt;p&gt;Compare regions and years in charts, a matrix, or reports side by side; verify, correct and annotate values, with undo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Library: %1</source>
        <translation>Library: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No library open</source>
        <translation>No library open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1.</source>
        <translation>Built with Qt %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import running</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An import is running. Cancel it and quit? Reports imported so far are kept.</source>
        <translation>An import is running. Cancel it and quit? Reports imported so far are kept.</translation>
    </message>
</context>
<context>
    <name>fz::MatrixModel</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="+96"/>
        <source>No report, or no headline value</source>
        <translation>No report, or no headline value</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Values of %1 (click to sort)</source>
        <translation>Values of %1 (click to sort)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
</context>
<context>
    <name>fz::MatrixView</name>
    <message>
        <location line="+12"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter regions</source>
        <translation>Filter regions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The indicator shown</source>
        <translation>The indicator shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrative level</source>
        <translation>Administrative level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year (— : the first with data)</source>
        <translation>First year (— : the first with data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (— : the last with data)</source>
        <translation>Last year (— : the last with data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Darker: larger · &lt;b&gt;bold&lt;/b&gt;: verified · ≈: approximate · empty: no report or no headline · double-click a value to open its report at the sentence</source>
        <translation>Darker: larger · &lt;b&gt;bold&lt;/b&gt;: verified · ≈: approximate · empty: no report or no headline · double-click a value to open its report at the sentence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Years</source>
        <translation>&amp;Years</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export matrix</source>
        <translation>Export matrix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 regions × %2 years: %3 values, %4 empty</source>
        <translation>%1 regions × %2 years: %3 values, %4 empty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+123"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
</context>
<context>
    <name>fz::MentionsModel</name>
    <message>
        <location filename="../ui/mentionsmodel.cpp" line="-123"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Headline: the value that stands for the whole body and year</source>
        <translation>Headline: the value that stands for the whole body and year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by an analyst (Space)</source>
        <translation>Verified by an analyst (Space)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
</context>
<context>
    <name>fz::ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="+230"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site navigation, not part of the report</source>
        <translation>Site navigation, not part of the report</translation>
    </message>
</context>
<context>
    <name>fz::ReportPanel</name>
    <message>
        <location filename="../ui/reportpanel.cpp" line="+80"/>
        <source>nearest first, separated by /</source>
        <translation>nearest first, separated by /</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year covered</source>
        <translation>Year covered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every indicator value in the report: double-click a value to correct it (F2), Space verifies, Ctrl+H makes it the headline, Delete rejects</source>
        <translation>Every indicator value in the report: double-click a value to correct it (F2), Space verifies, Ctrl+H makes it the headline, Delete rejects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on passages of the report (select text, then Ctrl+M)</source>
        <translation>Your notes on passages of the report (select text, then Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region, level and year as detected; correct them when detection was wrong</source>
        <translation>Region, level and year as detected; correct them when detection was wrong</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Annotate selection…</source>
        <translation>&amp;Annotate selection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;indicator from selection…</source>
        <translation>Add &amp;indicator from selection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify / unverify</source>
        <translation>&amp;Verify / unverify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;headline</source>
        <translation>Make &amp;headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject / restore</source>
        <translation>Re&amp;ject / restore</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Delete annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-e&amp;xtract this report</source>
        <translation>Re-e&amp;xtract this report</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Correct value…</source>
        <translation>&amp;Correct value…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next indicator</source>
        <translation>&amp;Next indicator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous indicator</source>
        <translation>&amp;Previous indicator</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a report in the library to read it here.

Indicator values are highlighted in their family&apos;s colour; the headline value, the one that stands for the whole body and year, is bold and underlined.

F3 / Shift+F3  next / previous indicator
Space  verify the current value · F2  correct it · Ctrl+H  make it the headline · Delete  reject it
Ctrl+M  annotate the selected text · Ctrl+Shift+I  add an indicator from the selection
Ctrl+Z / Ctrl+Shift+Z  undo / redo</source>
        <translation>Choose a report in the library to read it here.

Indicator values are highlighted in their family&apos;s colour; the headline value, the one that stands for the whole body and year, is bold and underlined.

F3 / Shift+F3  next / previous indicator
Space  verify the current value · F2  correct it · Ctrl+H  make it the headline · Delete  reject it
Ctrl+M  annotate the selected text · Ctrl+Shift+I  add an indicator from the selection
Ctrl+Z / Ctrl+Shift+Z  undo / redo</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No report open.</source>
        <translation>No report open.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>region unknown</source>
        <translation>region unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>region (the divisions it belongs to)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n headline(s), %1 unverified</source>
        <translation>
            <numerusform>%n headline, %1 unverified</numerusform>
            <numerusform>%n headlines, %1 unverified</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
%2, %3; imported %4</source>
        <translation>%1
%2, %3; imported %4</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select the text to annotate first.</source>
        <translation>Select the text to annotate first.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the figure in the text first.</source>
        <translation>Select the figure in the text first.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+8"/>
        <source>Correct value</source>
        <translation>Correct value</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (%2). Extracted: %3</source>
        <translation>%1 (%2). Extracted: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Re-extract</source>
        <translation>Re-extract</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-extracted; your corrections, verifications and annotations were kept.</source>
        <translation>Re-extracted; your corrections, verifications and annotations were kept.</translation>
    </message>
</context>
<context>
    <name>fz::SideBySideModel</name>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="+71"/>
        <source>No headline in this report; its first mention is shown.</source>
        <translation>No headline in this report; its first mention is shown.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Δ vs %1</source>
        <translation>Δ vs %1</translation>
    </message>
</context>
<context>
    <name>fz::SideBySideView</name>
    <message>
        <location line="+17"/>
        <source>Select 2 to 4 reports in the library (Ctrl+click or Shift+click) and press Ctrl+Shift+C (View → Compare selected reports side by side). With one report open, Ctrl+Shift+C adds it here.</source>
        <translation>Select 2 to 4 reports in the library (Ctrl+click or Shift+click) and press Ctrl+Shift+C (View → Compare selected reports side by side). With one report open, Ctrl+Shift+C adds it here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Δ and %: change from the first report (green up, red down, bold from ±20 %) · *: not a headline, the report&apos;s first mention · click a row to show it in every text</source>
        <translation>Δ and %: change from the first report (green up, red down, bold from ±20 %) · *: not a headline, the report&apos;s first mention · click a row to show it in every text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every report from the comparison</source>
        <translation>Remove every report from the comparison</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(region unknown)</source>
        <translation>(region unknown)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+60"/>
        <source>Change not saved</source>
        <translation>Change not saved</translation>
    </message>
</context>
</TS>
