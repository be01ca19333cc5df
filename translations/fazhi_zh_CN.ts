<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Database</name>
    <message>
        <location filename="../core/database.cpp" line="+43"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not an SQLite database (left untouched)</source>
        <translation>不是 SQLite 数据库（未作任何改动）</translation>
    </message>
    <message>
        <location line="+359"/>
        <source>not a database address; write postgresql://user@host:port/dbname</source>
        <translation>不是数据库地址；请写作 postgresql://用户名@主机:端口/数据库名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a password does not belong in the address; set PGPASSWORD or use ~/.pgpass</source>
        <translation>密码不应写在地址里；请设置 PGPASSWORD 或使用 ~/.pgpass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>未安装 PostgreSQL 驱动（Debian 软件包：libqt6sql6-psql）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot prepare the schema: %1</source>
        <translation>无法建立数据库结构：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+74"/>
        <source>database schema version %1 is newer than this program supports (%2); use a newer fazhi</source>
        <translation>数据库结构版本 %1 高于本程序支持的版本（%2）；请使用更新的 fazhi</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+85"/>
        <source>migration failed: %1</source>
        <translation>数据库升级失败：%1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>is a folder, not a database</source>
        <translation>是文件夹，不是数据库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database is read-only (no write permission)</source>
        <translation>数据库只读（没有写入权限）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such database</source>
        <translation>数据库不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a usable SQLite database: %1</source>
        <translation>SQLite 数据库无法使用：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot set up search: %1</source>
        <translation>无法设置全文检索：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot enable write-ahead logging: %1</source>
        <translation>无法启用预写日志（WAL）：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database schema version %1 is older than %2 and the file is read-only, so it cannot be upgraded</source>
        <translation>数据库结构版本 %1 低于 %2，且文件只读，无法升级</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+7"/>
        <source>to version %1: %2</source>
        <translation>升级到版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/documentreader.cpp" line="+54"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder</source>
        <translation>这是文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/importjob.cpp" line="+164"/>
        <source>unsupported file type &apos;.%1&apos; (supported: %2)</source>
        <translation>不支持的文件类型“.%1”（支持：%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file too large: %1 MB (limit %2 MB)</source>
        <translation>文件过大：%1 MB（上限 %2 MB）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/textdecoder.cpp" line="+234"/>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../core/plaintextreader.cpp" line="+33"/>
        <source>empty file: no text after decoding</source>
        <translation>空文件：解码后没有文字</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>empty file: the page holds no text</source>
        <translation>空文件：网页中没有正文文字</translation>
    </message>
    <message>
        <location filename="../core/docxreader.cpp" line="+94"/>
        <source>password-protected or not a Word 2007+ (.docx) file</source>
        <translation>文件有密码保护，或不是 Word 2007 及以上版本的 .docx 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>corrupt Word file: %1</source>
        <translation>Word 文件已损坏：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>empty file: the document holds no text</source>
        <translation>空文件：文档中没有文字</translation>
    </message>
    <message>
        <location filename="../core/textdecoder.cpp" line="+12"/>
        <source>undecodable bytes: %1 errors in %2 text after its byte order mark</source>
        <translation>无法解码：按字节顺序标记所示的 %2 编码解码时出现 %1 处错误</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>binary file: contains NUL bytes and decodes to no text</source>
        <translation>二进制文件：含有 NUL 字节，解码后没有文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undecodable bytes: best guess %1 gives implausible text</source>
        <translation>无法解码：最接近的编码 %1 解出的文字不可信</translation>
    </message>
    <message>
        <location filename="../core/importjob.cpp" line="-30"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read folder</source>
        <translation>无法读取文件夹</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no such file (broken link to %1)</source>
        <translation>文件不存在（指向 %1 的链接已失效）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: permission denied</source>
        <translation>无法读取：没有权限</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+68"/>
        <source>cannot store: %1</source>
        <translation>无法保存到报告库：%1</translation>
    </message>
    <message>
        <location filename="../core/pdf/pdfreader.cpp" line="+18"/>
        <source>corrupt PDF: the file does not start like a PDF</source>
        <translation>PDF 已损坏：文件开头不是 PDF 格式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>password-protected PDF: remove the password and import it again</source>
        <translation>PDF 有密码保护：请去除密码后重新导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF with an unsupported security scheme (encrypted)</source>
        <translation>PDF 使用了不支持的加密方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrupt PDF: it cannot be opened</source>
        <translation>PDF 已损坏：无法打开</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>corrupt PDF: no pages</source>
        <translation>PDF 已损坏：没有页面</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>scanned PDF: %1 page(s) without a text layer; run OCR first</source>
        <translation>扫描版 PDF：%1 页没有文字层，请先进行文字识别（OCR）</translation>
    </message>
</context>
<context>
    <name>LibraryUpgrade</name>
    <message>
        <location filename="../ui/libraryupgrade.cpp" line="+18"/>
        <source>Upgrading the library for this version of the workbench (schema %1 → %2)…
%3</source>
        <translation>正在为本版工作台升级报告库（数据库结构 %1 → %2）…
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading library</source>
        <translation>升级报告库</translation>
    </message>
</context>
<context>
    <name>fz::AddMentionDialog</name>
    <message>
        <location filename="../ui/editdialogs.cpp" line="+75"/>
        <source>Add an indicator value</source>
        <translation>添加指标值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected</source>
        <translation>所选文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The value must be a number (219.4万 and 十三 are read too).</source>
        <translation>数值须为数字（也可写作 219.4万、十三 等形式）。</translation>
    </message>
</context>
<context>
    <name>fz::AnnotationDialog</name>
    <message>
        <location line="-85"/>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note</source>
        <translation>批注内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Other…</source>
        <translation>其他颜色…</translation>
    </message>
</context>
<context>
    <name>fz::AnnotationsModel</name>
    <message>
        <location filename="../ui/mentionsmodel.cpp" line="+171"/>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>fz::ChartBuilder</name>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="+171"/>
        <source>verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by an analyst</source>
        <translation>由分析人员选定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>click to open the report</source>
        <translation>点击打开报告</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1（%2年）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 by region and year</source>
        <translation>%1：分地区、分年份</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 over the years</source>
        <translation>%1：历年变化</translation>
    </message>
</context>
<context>
    <name>fz::ChartExport</name>
    <message>
        <location filename="../ui/chartexport.cpp" line="+59"/>
        <location line="+34"/>
        <source>size must be 100–20000 pixels and resolution 24–1200 dpi</source>
        <translation>尺寸须为 100–20000 像素，分辨率须为 24–1200 dpi</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+33"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1：无法写入 PNG 文件</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>nothing to draw</source>
        <translation>没有可绘制的内容</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot write the SVG file</source>
        <translation>%1：无法写入 SVG 文件</translation>
    </message>
</context>
<context>
    <name>fz::ComparisonView</name>
    <message>
        <location filename="../ui/comparisonview.cpp" line="+52"/>
        <source>Bars across regions (one year)</source>
        <translation>柱状图：各地区对比（单一年份）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grouped bars: regions × years</source>
        <translation>分组柱状图：地区 × 年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines over the years</source>
        <translation>折线图：历年变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview: reconsideration, penalties, court</source>
        <translation>概览：行政复议、行政处罚、出庭应诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A city</source>
        <translation>按城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A level</source>
        <translation>按层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions I choose</source>
        <translation>自选地区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter regions</source>
        <translation>筛选地区</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year of the bar chart (— : the year with the most values)</source>
        <translation>柱状图所示年份（—：取数据最多的年份）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the chart as a PNG image</source>
        <translation>将图表保存为 PNG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as an SVG drawing</source>
        <translation>将图表保存为 SVG 矢量图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the values drawn, with their sources, as CSV</source>
        <translation>将图中数值及其出处保存为 CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicators</source>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Regions</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Years</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bar year</source>
        <translation>柱状图年份(&amp;B)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The overview always shows the same five indicators.</source>
        <translation>概览固定显示五项指标。</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>No library open.</source>
        <translation>未打开报告库。</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>the %1 largest of %n regions drawn (the CSV export has them all); choose a province, a city or the regions themselves to see others</source>
        <translation>
            <numerusform>共 %n 个地区，图中只画数值最大的 %1 个（CSV 导出包含全部）；选择省份、城市或逐个勾选地区可查看其他地区</numerusform>
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
        <translation>导出</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Choose at least one indicator.</source>
        <translation>请至少选择一项指标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the regions to compare in the list of regions.</source>
        <translation>请在地区列表中勾选要对比的地区。</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>%n value(s) from headlines</source>
        <translation>
            <numerusform>取自标题值的数值 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n gap(s): no report or no headline</source>
        <translation>
            <numerusform>缺口 %n 处（无报告或无标题值）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n region(s) without a value in %1 left out</source>
        <translation>
            <numerusform>%n 个地区在 %1 年无数值，未列入</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.</source>
        <comment>ends the summary under the chart</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <comment>separates the parts of the summary</comment>
        <translation>；</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover over a bar or point for its source; click it to open the report at the sentence.</source>
        <translation>鼠标悬停于柱或点上可查看出处；点击可打开报告并定位到原句。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG (*.svg)</source>
        <translation>SVG 文件 (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size in pixels (width×height)</source>
        <translation>尺寸（像素，宽×高）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolution (dpi)</source>
        <translation>分辨率（dpi）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size must be written as width×height, e.g. 1600×900.</source>
        <translation>尺寸须写作“宽×高”，例如 1600×900。</translation>
    </message>
</context>
<context>
    <name>fz::EditCommand</name>
    <message>
        <location filename="../ui/editcommands.cpp" line="+15"/>
        <source>region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>divisions it belongs to</source>
        <translation>上级区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it no longer exists</source>
        <translation>它已不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed by someone else since it was read</source>
        <translation>读取之后已被他人修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid value</source>
        <translation>数值无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Another analyst changed it; the report now shows their version.</source>
        <translation>。另一位分析人员已修改此处，报告现显示其修改后的版本。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>annotate</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>edit annotation</source>
        <translation>修改批注</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>delete annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>set %1 to %2</source>
        <translation>将%1改为 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>verify %1</source>
        <translation>核验%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unverify %1</source>
        <translation>取消核验%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>reject %1</source>
        <translation>否决%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore %1</source>
        <translation>恢复%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>make %1 the headline</source>
        <translation>将%1设为标题值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>correct the %1</source>
        <translation>更正%1</translation>
    </message>
</context>
<context>
    <name>fz::ImportController</name>
    <message>
        <location filename="../ui/importcontroller.cpp" line="+21"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 / %2 个：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling after the current report…</source>
        <translation>将在当前报告完成后取消…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n report(s).</source>
        <translation>
            <numerusform>已导入 %n 份报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the library (same text).</source>
        <translation>
            <numerusform>%n 份已在报告库中（正文相同）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>已取消：其余文件未导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be imported; see the details.</source>
        <translation>
            <numerusform>%n 个文件未能导入，详见详细信息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fz::IndicatorStyle</name>
    <message>
        <location filename="../ui/indicatorstyle.cpp" line="+81"/>
        <source>★ headline</source>
        <translation>★ 标题值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ verified</source>
        <translation>✓ 已核验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added by hand</source>
        <translation>手工添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected (extracted: %1)</source>
        <translation>已更正（原抽取值：%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>已否决</translation>
    </message>
</context>
<context>
    <name>fz::LibraryModel</name>
    <message>
        <location filename="../ui/librarymodel.cpp" line="+47"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District/county</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street/town</source>
        <translation>街镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The body that reports: a province, city, district or county, street or town, or a department</source>
        <translation>报告主体：省、市、区县、街镇或部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The divisions it belongs to, nearest first</source>
        <translation>所属上级区划，由近及远</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative level</source>
        <translation>行政层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year the report covers</source>
        <translation>报告所述年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator values found in the report</source>
        <translation>报告中抽取到的指标值个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations on the report</source>
        <translation>报告中的批注条数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator values no analyst has verified yet</source>
        <translation>尚未经分析人员核验的指标值个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of publication</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <translation>上级区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified</source>
        <translation>待核验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
</context>
<context>
    <name>fz::LibraryPanel</name>
    <message>
        <location filename="../ui/librarypanel.cpp" line="+26"/>
        <source>Search the text of every report (Ctrl+F)</source>
        <translation>全文检索所有报告（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First year (— : no limit)</source>
        <translation>起始年份（—：不限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (— : no limit)</source>
        <translation>截止年份（—：不限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative level</source>
        <translation>行政层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified only</source>
        <translation>仅看待核验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only reports with indicator values that no analyst has verified yet</source>
        <translation>只显示含有尚未核验指标值的报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Columns</source>
        <translation>显示的列</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Years</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+35"/>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No library open.</source>
        <translation>未打开报告库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is empty: File → Import files (Ctrl+I), or drop report files on the window.</source>
        <translation>报告库为空：请选择“文件 → 导入文件”（Ctrl+I），或将报告文件拖入窗口。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>共 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing %1 of %n report(s)</source>
        <translation>
            <numerusform>显示 %1 份（共 %n 份报告）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fz::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+60"/>
        <source>Reports</source>
        <translation>报告库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>并排对照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library and the open report (Ctrl+1)</source>
        <translation>报告库与当前打开的报告（Ctrl+1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts across regions and years (Ctrl+2)</source>
        <translation>跨地区、跨年份的图表对比（Ctrl+2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions × years for one indicator (Ctrl+3)</source>
        <translation>单项指标的地区 × 年份矩阵（Ctrl+3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two to four reports side by side (Ctrl+4)</source>
        <translation>二至四份报告并排对照（Ctrl+4）</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Import finished: %n report(s) added.</source>
        <translation>
            <numerusform>导入完成：新增 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New library…</source>
        <translation>新建报告库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open library…</source>
        <translation>打开报告库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;team library (PostgreSQL)…</source>
        <translation>打开团队报告库（PostgreSQL）(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the &amp;demo corpus</source>
        <translation>载入演示语料(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export indicator values (CSV)…</source>
        <translation>导出指标值 (CSV)(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;annotations (CSV)…</source>
        <translation>导出批注 (CSV)(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;reports</source>
        <translation>返回报告库(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare regions and years</source>
        <translation>对比地区与年份(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side by side</source>
        <translation>并排对照(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected reports side &amp;by side</source>
        <translation>并排对照所选报告(&amp;B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find in library</source>
        <translation>在报告库中检索(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the rea&amp;der</source>
        <translation>转到阅读区(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language can change once the import has finished.</source>
        <translation>导入完成后才能切换界面语言。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fazhi Workbench</source>
        <translation>关于法治报告分析工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fazhi Workbench</source>
        <translation>法治报告分析工作台</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no library</source>
        <translation>未打开报告库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No library open: File → Open library (Ctrl+O), or File → New library (Ctrl+N).</source>
        <translation>未打开报告库：请选择“文件 → 打开报告库”（Ctrl+O）或“文件 → 新建报告库”（Ctrl+N）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Library %1 · %n report(s)</source>
        <translation>
            <numerusform>报告库 %1 · 共 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Side by side shows at most 4 reports: the first 4 of the %1 selected.</source>
        <translation>并排对照最多显示 4 份报告：已选 %1 份，显示前 4 份。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Comparing %n report(s) side by side.</source>
        <translation>
            <numerusform>正在并排对照 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the open report. Open another report and press Ctrl+Shift+C again, or select 2 to 4 reports in the library.</source>
        <translation>已加入当前报告。请再打开一份报告并再按 Ctrl+Shift+C，或在报告库中选择 2 至 4 份报告。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added the open report: %n report(s) side by side.</source>
        <translation>
            <numerusform>已加入当前报告：共 %n 份报告并排对照。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select 2 to 4 reports in the library first (Ctrl+click or Shift+click).</source>
        <translation>请先在报告库中选择 2 至 4 份报告（按住 Ctrl 或 Shift 点击）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+27"/>
        <source>Open library</source>
        <translation>打开报告库</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Wait for the import to finish, or cancel it.</source>
        <translation>请等待导入完成，或取消导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library could not be opened and was left untouched:
%1</source>
        <translation>无法打开该报告库，文件未作任何改动：
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library upgraded from schema version %1 to %2.</source>
        <translation>报告库已从数据库结构版本 %1 升级到 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>New library</source>
        <translation>新建报告库</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>Fazhi libraries (*.sqlite *.db);;All files (*)</source>
        <translation>报告库文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 already exists; open it instead, or choose another name.</source>
        <translation>%1 已存在；请直接打开它，或另选文件名。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open team library</source>
        <translation>打开团队报告库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the PostgreSQL database, for example
postgresql://analyst@server.example:5432/fazhi
The password comes from the PGPASSWORD variable or ~/.pgpass.</source>
        <translation>服务器上 PostgreSQL 数据库的地址，例如
postgresql://analyst@server.example:5432/fazhi
密码取自 PGPASSWORD 环境变量或 ~/.pgpass 文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open or create a library first.</source>
        <translation>请先打开或新建报告库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (*.txt *.html *.htm *.shtml *.pdf *.docx);;All files (*)</source>
        <translation>报告文件 (*.txt *.html *.htm *.shtml *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a folder of reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo corpus</source>
        <translation>演示语料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo corpus could not be written: %1</source>
        <translation>无法写入演示语料：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An empty library</source>
        <translation>空报告库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This library holds no reports yet. Load a demo corpus of synthetic reports (districts of several provinces, 2015–2024) so that you can try the reader and the charts at once?

You can also import your own reports with File → Import, or by dropping files on this window.</source>
        <translation>此报告库中还没有报告。是否载入一套合成的演示语料（若干省份的区县，2015–2024 年），以便立即试用阅读区和图表？

您也可以通过“文件 → 导入”导入自己的报告，或将文件拖入本窗口。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export indicator values</source>
        <translation>导出指标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>within</source>
        <translation>上级区划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>key</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline</source>
        <translation>标题值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Export annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>start</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>end</source>
        <translation>结束位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>批注内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opened the report at the sentence the value came from.</source>
        <translation>已打开报告，并定位到该数值所在的原句。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Fazhi Workbench</source>
        <translation>关于法治报告分析工作台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Reads Chinese local governments&apos; yearly rule-of-law reports, extracts the figures analysts compare (administrative reconsideration, penalties and fines, lawsuits, officials appearing in court, inspections…) and keeps every value linked to the sentence it came from.&lt;/p&gt;&lt;p&gt;Compare regions and years in charts, a matrix, or reports side by side; verify, correct and annotate values, with undo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;阅读各地政府的年度法治政府建设报告，抽取分析人员需要对比的数据（行政复议、行政处罚与罚没、行政诉讼、负责人出庭应诉、执法检查等），并让每个数值都与其出处原句相关联。&lt;/p&gt;&lt;p&gt;可用图表、矩阵或报告并排对照来比较不同地区与年份；可核验、更正、批注各项数值，所有修改均可撤销。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Library: %1</source>
        <translation>报告库：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No library open</source>
        <translation>未打开报告库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1.</source>
        <translation>基于 Qt %1 构建。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An import is running. Cancel it and quit? Reports imported so far are kept.</source>
        <translation>导入正在进行。是否取消导入并退出？已导入的报告将会保留。</translation>
    </message>
</context>
<context>
    <name>fz::MatrixModel</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="+96"/>
        <source>No report, or no headline value</source>
        <translation>无报告，或报告中无标题值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Values of %1 (click to sort)</source>
        <translation>%1 年数值（点击排序）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
</context>
<context>
    <name>fz::MatrixView</name>
    <message>
        <location line="+12"/>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter regions</source>
        <translation>筛选地区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The indicator shown</source>
        <translation>矩阵所示指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrative level</source>
        <translation>行政层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year (— : the first with data)</source>
        <translation>起始年份（—：从有数据的第一年起）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (— : the last with data)</source>
        <translation>截止年份（—：到有数据的最后一年止）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Darker: larger · &lt;b&gt;bold&lt;/b&gt;: verified · ≈: approximate · empty: no report or no headline · double-click a value to open its report at the sentence</source>
        <translation>颜色越深数值越大 · &lt;b&gt;粗体&lt;/b&gt;：已核验 · ≈：约数 · 空白：无报告或无标题值 · 双击数值可打开报告并定位到原句</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Indicator</source>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Years</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 regions × %2 years: %3 values, %4 empty</source>
        <translation>%1 个地区 × %2 个年份：有数值 %3 格，空白 %4 格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+123"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
</context>
<context>
    <name>fz::MentionsModel</name>
    <message>
        <location filename="../ui/mentionsmodel.cpp" line="-123"/>
        <source>rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>手工添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Headline: the value that stands for the whole body and year</source>
        <translation>标题值：代表该主体全年情况的数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by an analyst (Space)</source>
        <translation>已由分析人员核验（空格键）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
</context>
<context>
    <name>fz::ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="+230"/>
        <source>Note: %1</source>
        <translation>批注：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site navigation, not part of the report</source>
        <translation>网站导航等页面元素，不属于报告正文</translation>
    </message>
</context>
<context>
    <name>fz::ReportPanel</name>
    <message>
        <location filename="../ui/reportpanel.cpp" line="+80"/>
        <source>nearest first, separated by /</source>
        <translation>由近及远，用 / 分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <translation>上级区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year covered</source>
        <translation>报告年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every indicator value in the report: double-click a value to correct it (F2), Space verifies, Ctrl+H makes it the headline, Delete rejects</source>
        <translation>报告中的全部指标值：双击数值可更正（F2），空格键核验，Ctrl+H 设为标题值，Delete 否决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on passages of the report (select text, then Ctrl+M)</source>
        <translation>对报告段落所作的批注（选中文字后按 Ctrl+M）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region, level and year as detected; correct them when detection was wrong</source>
        <translation>自动识别的行政区划、层级和年份；识别有误时可在此更正</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Annotate selection…</source>
        <translation>批注所选文字(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;indicator from selection…</source>
        <translation>以所选文字添加指标(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify / unverify</source>
        <translation>核验 / 取消核验(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;headline</source>
        <translation>设为标题值(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject / restore</source>
        <translation>否决 / 恢复(&amp;J)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Delete annotation</source>
        <translation>删除批注(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-e&amp;xtract this report</source>
        <translation>重新抽取本报告(&amp;X)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Correct value…</source>
        <translation>更正数值(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next indicator</source>
        <translation>下一个指标(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous indicator</source>
        <translation>上一个指标(&amp;P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a report in the library to read it here.

Indicator values are highlighted in their family&apos;s colour; the headline value, the one that stands for the whole body and year, is bold and underlined.

F3 / Shift+F3  next / previous indicator
Space  verify the current value · F2  correct it · Ctrl+H  make it the headline · Delete  reject it
Ctrl+M  annotate the selected text · Ctrl+Shift+I  add an indicator from the selection
Ctrl+Z / Ctrl+Shift+Z  undo / redo</source>
        <translation>在左侧报告库中选择一份报告，即可在此阅读。

各项指标值按所属类别着色突出显示；标题值（代表该主体全年情况的数值）以粗体加下划线显示。

F3 / Shift+F3  下一个 / 上一个指标
空格  核验当前数值 · F2  更正 · Ctrl+H  设为标题值 · Delete  否决
Ctrl+M  批注所选文字 · Ctrl+Shift+I  以所选文字添加指标
Ctrl+Z / Ctrl+Shift+Z  撤销 / 重做</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No report open.</source>
        <translation>未打开报告。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>region unknown</source>
        <translation>行政区划未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>region (the divisions it belongs to)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>year %1</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>year unknown</source>
        <translation>年份未知</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>指标 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n headline(s), %1 unverified</source>
        <translation>
            <numerusform>标题值 %n 个，待核验 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
%2, %3; imported %4</source>
        <translation>%1
%2，%3；导入于 %4</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select the text to annotate first.</source>
        <translation>请先选中要批注的文字。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the figure in the text first.</source>
        <translation>请先在正文中选中该数字。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+8"/>
        <source>Correct value</source>
        <translation>更正数值</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (%2). Extracted: %3</source>
        <translation>%1（%2）。原抽取值：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Re-extract</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-extracted; your corrections, verifications and annotations were kept.</source>
        <translation>已重新抽取；您的更正、核验和批注均已保留。</translation>
    </message>
</context>
<context>
    <name>fz::SideBySideModel</name>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="+71"/>
        <source>No headline in this report; its first mention is shown.</source>
        <translation>该报告无标题值，显示的是其首次出现的数值。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Δ vs %1</source>
        <translation>Δ（较 %1）</translation>
    </message>
</context>
<context>
    <name>fz::SideBySideView</name>
    <message>
        <location line="+17"/>
        <source>Select 2 to 4 reports in the library (Ctrl+click or Shift+click) and press Ctrl+Shift+C (View → Compare selected reports side by side). With one report open, Ctrl+Shift+C adds it here.</source>
        <translation>在报告库中选择 2 至 4 份报告（按住 Ctrl 或 Shift 点击），然后按 Ctrl+Shift+C（视图 → 并排对照所选报告）。若只打开了一份报告，按 Ctrl+Shift+C 可将其加入此处。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Δ and %: change from the first report (green up, red down, bold from ±20 %) · *: not a headline, the report&apos;s first mention · click a row to show it in every text</source>
        <translation>Δ 与 %：相对第一份报告的变化（绿色为增加，红色为减少，变化达 ±20% 时加粗）· *：非标题值，取报告中首次出现的数值 · 点击某行可在各报告正文中定位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every report from the comparison</source>
        <translation>从对照中移除全部报告</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(region unknown)</source>
        <translation>（行政区划未知）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+60"/>
        <source>Change not saved</source>
        <translation>修改未保存</translation>
    </message>
</context>
</TS>
