<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Read earnings calls against the numbers.</source>
        <translation>对照财务数据阅读法说会。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用组件：</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>Chinese text is shown with the system&apos;s fonts (Noto CJK, SIL Open Font License). The built-in NVIDIA figures come from the company&apos;s press releases and 10-Q/10-K filings; each figure&apos;s source is shown with it.</source>
        <translation>中文文本以系统字体显示（Noto CJK，SIL Open Font License）。内置的 NVIDIA 数据取自该公司的新闻稿及 10-Q/10-K 申报文档；每笔数据皆附有其来源。</translation>
    </message>
    <message>
        <source>About Earnings Reader</source>
        <translation>关于 Earnings Reader</translation>
    </message>
</context>
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Highlight &quot;%1&quot;</source>
        <translation>萤光标记「%1」</translation>
    </message>
    <message>
        <source>Could not highlight the selection</source>
        <translation>无法为选中的文字添加高亮</translation>
    </message>
    <message>
        <source>Could not highlight &quot;%1&quot;</source>
        <translation>无法为“%1”添加高亮</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>萤光标记选取范围(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected text in the highlight colour</source>
        <translation>以萤光标记颜色标示选取的文本</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>萤光标记颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the colour of new highlights</source>
        <translation>选择新萤光标记的颜色</translation>
    </message>
    <message>
        <source>Annotation &amp;Note and Tags…</source>
        <translation>注记笔记与标签(&amp;T)…</translation>
    </message>
    <message>
        <source>See or edit the note, tags and figure links of the highlight at the cursor (highlights the selection first)</source>
        <translation>查看或编辑光标所在萤光标记的笔记、标签与数据链接（会先将选取范围加上萤光标记）</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>删除注记(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the highlight at the cursor with its note and tags</source>
        <translation>删除光标所在的萤光标记及其笔记与标签</translation>
    </message>
    <message>
        <source>&amp;Mark Question</source>
        <translation>标示问题(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the question at the cursor as answered, deflected or guidance</source>
        <translation>将光标所在的问题标示为已回答、已回避或财测</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>已回答(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deflected</source>
        <translation>已回避(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>财测(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Clear Mark</source>
        <translation>清除标示(&amp;C)</translation>
    </message>
    <message>
        <source>Select some text inside one speaker&apos;s turn to highlight it.</source>
        <translation>请在单一发言者的发言内选取文本，以加上萤光标记。</translation>
    </message>
    <message>
        <source>Highlighted. %1 opens its note and tags.</source>
        <translation>已加上萤光标记。按 %1 可打开其笔记与标签。</translation>
    </message>
    <message>
        <source>Put the cursor in a highlight, or select text, to edit its note and tags.</source>
        <translation>请将光标置于萤光标记内或选取文本，以编辑其笔记与标签。</translation>
    </message>
    <message>
        <source>Put the cursor in a highlight to delete it.</source>
        <translation>请将光标置于萤光标记内以将其删除。</translation>
    </message>
    <message>
        <source>Annotation deleted. Undo brings it back.</source>
        <translation>已删除注记。可用「复原」还原。</translation>
    </message>
    <message>
        <source>Put the cursor in an analyst question, or scroll to one, to mark it.</source>
        <translation>请将光标置于分析师问题内或卷动至该问题，以进行标示。</translation>
    </message>
    <message>
        <source>Q%1: mark cleared</source>
        <translation>第 %1 题：已清除标示</translation>
    </message>
    <message>
        <source>Q%1 marked &quot;%2&quot;</source>
        <translation>第 %1 题已标示为「%2」</translation>
    </message>
    <message>
        <source>This annotation is not placed: its quote is no longer in the call&apos;s text.</source>
        <translation>此注记未定位：其引文已不在法说会文本中。</translation>
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>注记</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>此法说会</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>List the annotations of the open call or of every call</source>
        <translation>列出目前法说会或所有法说会的注记</translation>
    </message>
    <message>
        <source>Search quotes, notes, tags…</source>
        <translation>搜索引文、笔记、标签…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the annotations listed, as Markdown, CSV or JSON</source>
        <translation>将列出的注记导出为 Markdown、CSV 或 JSON</translation>
    </message>
    <message>
        <source>Questions and their marks</source>
        <translation>问题及其标示</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任何标签</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>任何颜色</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>任何发言者</translation>
    </message>
    <message>
        <source>Any question</source>
        <translation>任何问题</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 则注记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%n 则注记中的 %1 则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not placed (the call&apos;s text changed)</source>
        <translation>
            <numerusform>%n 则未定位（法说会文本已变更）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>前往段落(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Show on &amp;Chart</source>
        <translation>在图表上显示(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport Listed Annotations…</source>
        <translation>导出列出的注记(&amp;X)…</translation>
    </message>
    <message>
        <source>Annotations and question marks</source>
        <translation>注记与问题标记</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>搜索注记</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Annotation</source>
        <translation>注记</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>not placed: the call&apos;s text changed and this quote was not found</source>
        <translation>未定位：法说会文本已变更，找不到此引文</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. guidance, margin</source>
        <translation>以逗号分隔，例如：财测, 毛利率</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>数据(&amp;F)：</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代号</translation>
    </message>
    <message>
        <source>FY2025Q4</source>
        <translation>FY2025Q4</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指针</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <source>Link this passage to the figure of that company, quarter and metric</source>
        <translation>将此段落链接至该公司、季度与指针的数据</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>取消链接(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Show on Chart</source>
        <translation>在图表上显示(&amp;S)</translation>
    </message>
    <message>
        <source>Select the chart pane and quarter of the chosen figure</source>
        <translation>选取所选数据的图表窗格与季度</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>删除注记(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AnnotationExport</name>
    <message>
        <source>_No annotations._</source>
        <translation>_没有注记。_</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>法说会 %1</translation>
    </message>
    <message>
        <source>Not placed (the call&apos;s text changed and the quote was not found)</source>
        <translation>未定位（法说会文本已变更，找不到引文）</translation>
    </message>
    <message>
        <source>Outside the Q&amp;A</source>
        <translation>Q&amp;A 环节以外</translation>
    </message>
    <message>
        <source>**Note:** %1</source>
        <translation>**笔记：** %1</translation>
    </message>
    <message>
        <source>**Tags:** %1</source>
        <translation>**标签：** %1</translation>
    </message>
    <message>
        <source>**Figures:** %1</source>
        <translation>**数据：** %1</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>（无发言者）</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1：不是 JSON（字节 %3 处：%2）</translation>
    </message>
    <message>
        <source>%1: not an Earnings Reader annotations export (no &quot;format&quot;: &quot;%2&quot;)</source>
        <translation>%1：不是 Earnings Reader 注记导出档（缺少 &quot;format&quot;: &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: written by a newer Earnings Reader (annotations format %2; this version reads up to %3)</source>
        <translation>%1：由较新版的 Earnings Reader 写入（注记格式 %2；此版本最多只能读取 %3）</translation>
    </message>
    <message>
        <source>call &quot;%1&quot; is not in this library and the file does not carry its text</source>
        <translation>法说会「%1」不在此数据库中，且文件未包含其文本</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of call %1 were not imported: the call is not in this library</source>
        <translation>
            <numerusform>法说会 %1 的 %n 则注记未导入：该法说会不在此数据库中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>Q%1 of call %2: %3</source>
        <translation>法说会 %2 第 %1 题：%3</translation>
    </message>
    <message>
        <source>annotation %1 links to a figure that is not a ticker and a fiscal quarter (expected NVDA FY2025Q4); not imported</source>
        <translation>注记 %1 链接的数据不是股票代号加财季(格式应为 NVDA FY2025Q4);未导入</translation>
    </message>
    <message>
        <source>Unnamed scenario</source>
        <translation>未命名情景</translation>
    </message>
    <message numerus="yes">
        <source>Selling %n put contract(s) at %1 with the stock at %2, premium %3, traded %4, expiring %5; %6.</source>
        <translation>
            <numerusform>卖出 %n 张行权价 %1 的认沽期权，股价 %2，权利金 %3，交易日 %4，到期日 %5；%6。</numerusform>
        </translation>
    </message>
    <message>
        <source>Selling a put: saved scenarios</source>
        <translation>卖出认沽期权：已保存的情景</translation>
    </message>
    <message>
        <source>put scenario &quot;%1&quot;: %2; not imported</source>
        <translation>认沽期权情景“%1”：%2；未导入</translation>
    </message>
    <message>
        <source>an annotation of call %1 has no uid; not imported</source>
        <translation>法说会 %1 的一条注记没有 uid；未导入</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>Annotation %1 no longer exists.</source>
        <translation>注记 %1 已不存在。</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>Not placed: the call&apos;s text changed and this quote was not found in it.</source>
        <translation>未定位：法说会文本已变更，其中找不到此引文。</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>法说会</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>turn %1 does not exist</source>
        <translation>发言 %1 不存在</translation>
    </message>
    <message>
        <source>turn %1 belongs to call %2, not to call %3</source>
        <translation>发言 %1 属于法说会 %2，而非法说会 %3</translation>
    </message>
    <message>
        <source>the span %1..%2 is outside turn %3, whose text has %4 characters (offsets run from 0 to %4, and the end must be after the start)</source>
        <translation>范围 %1..%2 超出发言 %3，其文本共有 %4 个字符（位移从 0 到 %4，且结束位置必须在起始位置之后）</translation>
    </message>
    <message>
        <source>the span %1..%2 cuts a character of turn %3 in half</source>
        <translation>范围 %1..%2 将发言 %3 的某个字符切成两半</translation>
    </message>
    <message>
        <source>the quote does not match the text of turn %1 at %2..%3</source>
        <translation>引文与发言 %1 在 %2..%3 处的文本不符</translation>
    </message>
    <message>
        <source>a figure link needs a company, a quarter and a metric</source>
        <translation>数据链接需要公司、季度与指针</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>注记 %1 不存在</translation>
    </message>
    <message>
        <source>annotation %1 belongs to call %2</source>
        <translation>注记 %1 属于法说会 %2</translation>
    </message>
    <message>
        <source>question %1 with rating %2: questions count from 1 and ratings run from 0 to 5</source>
        <translation>问题 %1、评分 %2：问题从 1 起算，评分范围为 0 至 5</translation>
    </message>
</context>
<context>
    <name>AnnotationStyle</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橘色</translation>
    </message>
</context>
<context>
    <name>AnnotationsFileController</name>
    <message>
        <source>Export &amp;Annotations…</source>
        <translation>导出注记(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the annotations listed in the panel as Markdown, CSV or JSON</source>
        <translation>将面板中列出的注记存成 Markdown、CSV 或 JSON</translation>
    </message>
    <message>
        <source>Import A&amp;nnotations…</source>
        <translation>导入注记(&amp;N)…</translation>
    </message>
    <message>
        <source>Add annotations from a JSON export; ones already here are skipped</source>
        <translation>从 JSON 导出档加入注记；已存在的注记会略过</translation>
    </message>
    <message>
        <source>Cannot export to %1: use a name ending in .md, .csv or .json</source>
        <translation>无法导出至 %1：请使用以 .md、.csv 或 .json 结尾的文件名</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>注记</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出注记</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv);;JSON, for another library (*.json)</source>
        <translation>Markdown (*.md);;CSV (*.csv);;JSON，供其他数据库使用 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 则注记导出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入注记</translation>
    </message>
    <message>
        <source>Annotation exports (*.json);;All files (*)</source>
        <translation>注记导出档 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 annotations added, %3 already in this library, %4 calls imported.</source>
        <translation>%1：已添加 %2 则注记，%3 则已在此数据库中，已导入 %4 场法说会。</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed in the call&apos;s text; they are listed in the panel.</source>
        <translation>
            <numerusform>%n 则无法在法说会文本中定位；已列于面板中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>only %1 of %2 bytes could be written; the disk may be full</source>
        <translation>只写入了 %2 字节中的 %1 字节,磁盘可能已满</translation>
    </message>
    <message>
        <source>%1; the disk may be full</source>
        <translation>%1;磁盘可能已满</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, a device or a socket); only files can be read</source>
        <translation>%1 不是普通文件（而是管道、设备或套接字）；只能读取文件</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1：无法读取文件（%2）</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1：文件大于 %2 MB</translation>
    </message>
</context>
<context>
    <name>CallChanges</name>
    <message>
        <source>No call with id %1</source>
        <translation>没有 id 为 %1 的法说会</translation>
    </message>
    <message>
        <source>Call %1 has no company, so it has no previous call</source>
        <translation>法说会 %1 没有所属公司，因此没有上一场法说会</translation>
    </message>
    <message>
        <source>No call of %1 comes before call %2</source>
        <translation>%1 在法说会 %2 之前没有其他法说会</translation>
    </message>
</context>
<context>
    <name>CallChangesModel</name>
    <message>
        <source>Rose from %1 to %2</source>
        <translation>由 %1 增至 %2</translation>
    </message>
    <message>
        <source>Fell from %1 to %2</source>
        <translation>由 %1 减至 %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>此法说会</translation>
    </message>
    <message>
        <source>Previous call</source>
        <translation>上一场法说会</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>CallDetailsDialog</name>
    <message>
        <source>Import Transcript</source>
        <translation>导入逐字稿</translation>
    </message>
    <message>
        <source>Call Details</source>
        <translation>法说会资料</translation>
    </message>
    <message>
        <source>e.g. NVDA</source>
        <translation>例如 NVDA</translation>
    </message>
    <message>
        <source>e.g. FY2025Q4</source>
        <translation>例如 FY2025Q4</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Found in %1. Correct anything before the call is added to the library.</source>
        <translation>从 %1 读出的信息。加入数据库前可先修正。</translation>
    </message>
    <message>
        <source>Imported from %1. A change can be undone with Edit &gt; Undo.</source>
        <translation>导入自 %1。更改可用“编辑 &gt; 复原”撤回。</translation>
    </message>
    <message>
        <source>&amp;Ticker:</source>
        <translation>股票代码(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C):</translation>
    </message>
    <message>
        <source>Fiscal &amp;period:</source>
        <translation>财报期间(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>CallImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: already in the library as call %2; not imported again</source>
        <translation>%1：已以法说会 %2 存在于数据库中；不再重复导入</translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>%1: the company &quot;%2&quot; is not a ticker (capital letters, digits, dots)</source>
        <translation>%1:公司「%2」不是股票代号(须为大写字母、数字、句点)</translation>
    </message>
    <message>
        <source>%1: the fiscal period &quot;%2&quot; is not valid (expected FY2025Q4)</source>
        <translation>%1:财季「%2」无效(格式应为 FY2025Q4)</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message numerus="yes">
        <source>%1
Company: %2
Period: %3
Call date: %4
%n question(s)</source>
        <translation>
            <numerusform>%1
公司：%2
期间：%3
法说会日期：%4
%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>CallOutputController</name>
    <message>
        <source>Export Call as &amp;PDF…</source>
        <translation>将法说会导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the open call with its highlights and notes as a PDF</source>
        <translation>将目前打开的法说会连同萤光标记与笔记存成 PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;T)…</translation>
    </message>
    <message>
        <source>Print the open call with its highlights and notes</source>
        <translation>打印目前打开的法说会及其萤光标记与笔记</translation>
    </message>
    <message>
        <source>No call is open.</source>
        <translation>没有打开的法说会。</translation>
    </message>
    <message>
        <source>Export Call as PDF</source>
        <translation>将法说会导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>CallPrinter</name>
    <message>
        <source>Question marks</source>
        <translation>问题标示</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF came out empty</source>
        <translation>无法写入 %1：产生的 PDF 是空的</translation>
    </message>
</context>
<context>
    <name>CallReimporter</name>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1：无法读取文件（%2）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>%1: call %2 is not in the library, so there is nothing to re-import into</source>
        <translation>%1：法说会 %2 不在数据库中，因此无从重新导入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the call&apos;s new text could not be read back</source>
        <translation>无法读回法说会的新文本</translation>
    </message>
    <message>
        <source>%1: could not replace the text of call %2: %3</source>
        <translation>%1：无法取代法说会 %2 的文本：%3</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>No call is open.</source>
        <translation>没有打开的法说会。</translation>
    </message>
    <message>
        <source>%1 %2 is the company&apos;s first call in the library: nothing to compare with.</source>
        <translation>%1 %2 是该公司在数据库中的第一场法说会：没有可比较的对象。</translation>
    </message>
    <message>
        <source>%1 %2 against %3 (%4 and %5 words). Activate a term to see its trend.</source>
        <translation>%1 %2 对比 %3（%4 字与 %5 字）。激活词语即可查看其趋势。</translation>
    </message>
    <message>
        <source>Changes Since the Last Call</source>
        <translation>与上一场法说会相比的变化</translation>
    </message>
    <message>
        <source>Terms that rose or fell since the last call</source>
        <translation>自上一场法说会以来增加或减少的词语</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 figures stored in the Earnings Reader library</source>
        <translation>Earnings Reader 数据库中保存的 %1 数据</translation>
    </message>
    <message>
        <source>Source: %1.
%2</source>
        <translation>资料来源：%1。
%2</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Text and lines are drawn this many times larger; at 2× a 1600×1000 image has the layout of an 800×500 chart.</source>
        <translation>文本与线条会依此倍数放大绘制；在 2× 时，1600×1000 影像的版面配置与 800×500 的图表相同。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放比例(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>ChartExportJob</name>
    <message>
        <source>Encoding the PNG image for %1…</source>
        <translation>正在为 %1 编码 PNG 图片…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .png, .svg or .pdf</source>
        <translation>无法导出至 %1：文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>Cannot export to %1: the size must be at least %2x%2 pixels</source>
        <translation>无法导出至 %1：尺寸至少须为 %2x%2 像素</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>无法绘制图表</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Show or hide %1 in the chart</source>
        <translation>在图表中显示或隐藏「%1」</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>&amp;Quarters from</source>
        <translation>起始季度(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重设</translation>
    </message>
    <message>
        <source>Show every quarter this chart has figures for</source>
        <translation>显示此图表有数据的所有季度</translation>
    </message>
    <message>
        <source>First quarter shown</source>
        <translation>显示的第一个季度</translation>
    </message>
    <message>
        <source>Last quarter shown</source>
        <translation>显示的最后一个季度</translation>
    </message>
    <message>
        <source>%1: no figures for %2 in this range</source>
        <translation>%1：此范围内没有 %2 的数据</translation>
    </message>
    <message>
        <source>%1: open a call of a company with figures</source>
        <translation>%1：请打开有数据之公司的法说会</translation>
    </message>
    <message>
        <source>Linked passages</source>
        <translation>链接的段落</translation>
    </message>
    <message numerus="yes">
        <source>%n linked passage(s) about %1 (click to list them):
%2</source>
        <translation>
            <numerusform>%n 个与 %1 相关的链接段落(按一下即可列出)：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>拷贝图表为影像(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;All Quarters</source>
        <translation>显示所有季度(&amp;A)</translation>
    </message>
    <message>
        <source>Show All &amp;Series</source>
        <translation>显示所有数列(&amp;S)</translation>
    </message>
    <message>
        <source>%1: no figures for %2 yet; File &gt; Import Financials… adds them</source>
        <translation>%1：尚无 %2 的数据；可用「文件 &gt; 导入财务数据…」加入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Product shown</source>
        <translation>显示的产品</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>There is no chart to export: open a call of a company with figures.</source>
        <translation>没有可导出的图表：请打开有数据之公司的法说会。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Exported the %1 chart to %2</source>
        <translation>已将 %1 图表导出至 %2</translation>
    </message>
    <message>
        <source>There is no chart to copy: open a call of a company with figures.</source>
        <translation>没有可拷贝的图表：请打开有数据之公司的法说会。</translation>
    </message>
    <message>
        <source>Copied the %1 chart as an image</source>
        <translation>已将 %1 图表拷贝为影像</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Exporting the %1 chart to %2…</source>
        <translation>正在将 %1 图表导出至 %2…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation>已取消导出：未写入 %1</translation>
    </message>
</context>
<context>
    <name>CliCallCommands</name>
    <message>
        <source>Usage: earnings-reader import FILE... [--company TICKER] [--period FY2025Q4] [--date yyyy-mm-dd] [--title TEXT]</source>
        <translation>用法：earnings-reader import FILE... [--company TICKER] [--period FY2025Q4] [--date yyyy-mm-dd] [--title TEXT]</translation>
    </message>
    <message>
        <source>--date must be yyyy-mm-dd, not %1</source>
        <translation>--date 必须是 yyyy-mm-dd 格式，而非 %1</translation>
    </message>
    <message>
        <source>imported %1: call %2 &quot;%3&quot;, %4 questions, %5 turns</source>
        <translation>已导入 %1：法说会 %2「%3」，%4 个问题，%5 则发言</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1 questions, %2 turns</source>
        <translation>%1 个问题，%2 则发言</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中没有 ID 为 %1 的法说会</translation>
    </message>
    <message>
        <source>Usage: earnings-reader remove ID</source>
        <translation>用法：earnings-reader remove ID</translation>
    </message>
    <message>
        <source>Could not remove call %1 from %2: %3</source>
        <translation>无法从 %2 移除法说会 %1：%3</translation>
    </message>
    <message>
        <source>Removed call %1 (%2) with its annotations</source>
        <translation>已移除法说会 %1（%2）及其注记</translation>
    </message>
    <message>
        <source>Usage: earnings-reader show ID [--script traditional|simplified|original] [--json]</source>
        <translation>用法：earnings-reader show ID [--script traditional|simplified|original] [--json]</translation>
    </message>
    <message>
        <source>Usage: earnings-reader edit-turn CALL_ID TURN_ID --speaker NAME | --split-at N | --merge-previous | --question-starts | --not-question | --qa-starts [--json]</source>
        <translation>用法：earnings-reader edit-turn CALL_ID TURN_ID --speaker NAME | --split-at N | --merge-previous | --question-starts | --not-question | --qa-starts [--json]</translation>
    </message>
    <message>
        <source>--split-at must be a whole number, not &quot;%1&quot;</source>
        <translation>--split-at 必须是整数，而非“%1”</translation>
    </message>
    <message>
        <source>Call %1 in %2 has no turn %3 (see: earnings-reader show %1)</source>
        <translation>%2 中的法说会 %1 没有发言 %3(请参阅：earnings-reader show %1)</translation>
    </message>
    <message>
        <source>Cannot edit call %1 in %2: %3</source>
        <translation>无法编辑 %2 中的法说会 %1：%3</translation>
    </message>
    <message>
        <source>call %1, turn %2: %3; the call now has %4 questions and %5 turns</source>
        <translation>法说会 %1，发言 %2：%3；法说会现有 %4 个问题、%5 则发言</translation>
    </message>
    <message>
        <source>the text after the split is turn %1</source>
        <translation>分割处之后的文字现为发言 %1</translation>
    </message>
</context>
<context>
    <name>CliCallExport</name>
    <message>
        <source>Usage: earnings-reader export-call ID --out FILE.pdf [--script traditional|simplified|original]</source>
        <translation>用法：earnings-reader export-call ID --out FILE.pdf [--script traditional|simplified|original]</translation>
    </message>
    <message>
        <source>export-call needs --out FILE.pdf</source>
        <translation>export-call 需要 --out FILE.pdf</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中没有编号为 %1 的电话会议</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>CliChartCommands</name>
    <message>
        <source>The library %1 holds no figures for %2</source>
        <translation>数据库 %1 中没有 %2 的数据</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 figures from %2</source>
        <translation>已从 %2 导入 %1 笔数据</translation>
    </message>
    <message>
        <source>Usage: earnings-reader export-financials FILE.csv [--company TICKER]</source>
        <translation>用法：earnings-reader export-financials FILE.csv [--company TICKER]</translation>
    </message>
    <message>
        <source>Wrote %1 figures to %2</source>
        <translation>已将 %1 笔数据写入 %2</translation>
    </message>
    <message>
        <source>Usage: earnings-reader install-sample [--library FILE]</source>
        <translation>用法：earnings-reader install-sample [--library FILE]</translation>
    </message>
    <message>
        <source>The built-in sample (the NVIDIA call and its figures) is in %1</source>
        <translation>内置范例(NVIDIA 法说会及其数据)位于 %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader import-financials FILE.csv|FILE.json [--company TICKER]</source>
        <translation>用法：earnings-reader import-financials 文件.csv|文件.json [--company 代码]</translation>
    </message>
    <message>
        <source>%1 is SEC company facts, which name a company by its CIK only: give its ticker with --company</source>
        <translation>%1 是 SEC 公司事实数据（company facts），只以 CIK 标识公司：请用 --company 指定股票代码</translation>
    </message>
    <message>
        <source>Imported %1 figures of %2 (%3) from %4: %5 fourth quarters derived from the year, %6 restated</source>
        <translation>已从 %4 导入 %2（%3）的 %1 条数据：%5 个第四季度由全年推算，%6 条经重述</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…以及另外 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliChartExport</name>
    <message>
        <source>--%1 must be a fiscal quarter like FY2025Q4, not %2</source>
        <translation>--%1 必须是 FY2025Q4 这样的财季，而不是 %2</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;: choose one of %2</source>
        <translation>未知的图表「%1」：请从 %2 中择一</translation>
    </message>
    <message>
        <source>export-chart needs --out FILE.png, FILE.svg or FILE.pdf</source>
        <translation>export-chart 需要 --out FILE.png、FILE.svg 或 FILE.pdf</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: the file name must end in .png, .svg or .pdf</source>
        <translation>无法判断 %1 的格式：文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels between 100 and 10000, such as 1600x1000, not %1</source>
        <translation>--size 必须是介于 100 到 10000 像素之间的 WIDTHxHEIGHT(例如 1600x1000)，而非 %1</translation>
    </message>
    <message>
        <source>--scale must be a number between 0.5 and 8, not %1</source>
        <translation>--scale 必须是介于 0.5 到 8 之间的数字，而非 %1</translation>
    </message>
    <message>
        <source>--theme must be light or dark, not %1</source>
        <translation>--theme 必须是 light 或 dark，而非 %1</translation>
    </message>
    <message>
        <source>The library %1 holds no figures; add them with import-financials or install-sample</source>
        <translation>数据库 %1 中没有任何数据；请用 import-financials 或 install-sample 加入</translation>
    </message>
    <message>
        <source>The library holds figures of several companies (%1); choose one with --company</source>
        <translation>数据库中有多家公司的数据 (%1)；请用 --company 选择其中一家</translation>
    </message>
    <message>
        <source>The library %1 holds no figures for %2</source>
        <translation>数据库 %1 中没有 %2 的数据</translation>
    </message>
    <message>
        <source>The range %1 to %2 is empty: --from comes after --to</source>
        <translation>%1 至 %2 的范围是空的：--from 晚于 --to</translation>
    </message>
    <message>
        <source>The range %1 to %2 is empty: the %3 chart has no figures of %4 there</source>
        <translation>%1 至 %2 的范围是空的：%3 图表在此范围内没有 %4 的数据</translation>
    </message>
    <message>
        <source>Wrote %1: %2 chart of %3, %4 to %5, %6x%7 at %8x</source>
        <translation>已写入 %1：%3 的 %2 图表，%4 至 %5，%6x%7，比例 %8x</translation>
    </message>
    <message>
        <source>Nothing to draw: %1</source>
        <translation>没有可绘制的内容：%1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader export-chart revenue|margin|product --out FILE.png|.svg|.pdf [--company TICKER] [--product NAME] [--from FY2024Q1] [--to FY2026Q4] [--size 1600x1000] [--scale 2] [--theme light|dark]</source>
        <translation>用法：earnings-reader export-chart revenue|margin|product --out 文件.png|.svg|.pdf [--company 股票代码] [--product 产品名称] [--from FY2024Q1] [--to FY2026Q4] [--size 1600x1000] [--scale 2] [--theme light|dark]</translation>
    </message>
    <message>
        <source>--product is for a chart with products to choose from; %1 has none</source>
        <translation>--product 只适用于有产品可选的图表；%1 没有任何产品</translation>
    </message>
    <message>
        <source>%1 discloses no product &quot;%2&quot;; choose one of %3</source>
        <translation>%1 没有揭露名为“%2”的产品；请从 %3 中选择</translation>
    </message>
</context>
<context>
    <name>CliGuidanceCommands</name>
    <message>
        <source>%1 bp</source>
        <translation>%1 个基点</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>在区间内</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>尚未公布</translation>
    </message>
    <message>
        <source>no figure to check</source>
        <translation>没有可核对的数据</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>call</source>
        <translation>法说会</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标期间</translation>
    </message>
    <message>
        <source>guided</source>
        <translation>财测</translation>
    </message>
    <message>
        <source>band</source>
        <translation>区间用语</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Usage: earnings-reader guidance [--company T] [--json|--format csv|md] [--library FILE]</source>
        <translation>用法：earnings-reader guidance [--company T] [--json|--format csv|md] [--library FILE]</translation>
    </message>
    <message>
        <source>guidance prints text, JSON (--json), CSV or Markdown (--format csv|md), not %1</source>
        <translation>guidance 可输出文字、JSON（--json）、CSV 或 Markdown（--format csv|md），不支援 %1</translation>
    </message>
    <message>
        <source>No guidance found.</source>
        <translation>找不到财测。</translation>
    </message>
    <message>
        <source>Usage: earnings-reader check-numbers CALL_ID [--json] [--library FILE]</source>
        <translation>用法：earnings-reader check-numbers CALL_ID [--json] [--library FILE]</translation>
    </message>
    <message>
        <source>No call %1 in %2</source>
        <translation>%2 中没有法说会 %1</translation>
    </message>
    <message>
        <source>No numbers about reported figures found.</source>
        <translation>找不到关于已公布数据的数字。</translation>
    </message>
</context>
<context>
    <name>CliNoteCommands</name>
    <message>
        <source>Usage: earnings-reader notes [--call ID] [--tag TAG] --format md|csv|json [--out FILE]</source>
        <translation>用法：earnings-reader notes [--call ID] [--tag TAG] --format md|csv|json [--out FILE]</translation>
    </message>
    <message>
        <source>--format must be md, csv or json, not &quot;%1&quot;</source>
        <translation>--format 必须是 md、csv 或 json，而非「%1」</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中没有 ID 为 %1 的法说会</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 则注记写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: earnings-reader annotate CALL_ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]</source>
        <translation>用法：earnings-reader annotate CALL_ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]</translation>
    </message>
    <message>
        <source>Call %1 has no turn %2 (see: earnings-reader show %1)</source>
        <translation>法说会 %1 没有发言 %2(请参阅：earnings-reader show %1)</translation>
    </message>
    <message>
        <source>Offsets out of range: --start %1 --end %2, but turn %3 has %4 characters; use 0 &lt;= start &lt; end &lt;= %4</source>
        <translation>位移超出范围：--start %1 --end %2，但发言 %3 只有 %4 个字符；请使用 0 &lt;= start &lt; end &lt;= %4</translation>
    </message>
    <message>
        <source>Unknown colour &quot;%1&quot;; use one of: %2</source>
        <translation>未知的颜色「%1」；请使用下列之一：%2</translation>
    </message>
    <message>
        <source>Cannot annotate call %1: %2</source>
        <translation>无法为法说会 %1 加上注记：%2</translation>
    </message>
    <message>
        <source>annotation %1 on call %2, turn %3, %4..%5: &quot;%6&quot;</source>
        <translation>注记 %1：法说会 %2，发言 %3，%4..%5：「%6」</translation>
    </message>
    <message>
        <source>Usage: earnings-reader import-notes FILE.json</source>
        <translation>用法：earnings-reader import-notes FILE.json</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader reimport CALL_ID FILE</source>
        <translation>用法：earnings-reader reimport CALL_ID FILE</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>call %1: the text is unchanged; nothing to do</source>
        <translation>法说会 %1：文本未变更；无需处理</translation>
    </message>
    <message>
        <source>call %1: text replaced, %2 turns; annotations: %3 in place, %4 moved, %5 not placed</source>
        <translation>法说会 %1：已取代文本，共 %2 则发言；注记：%3 则位置不变，%4 则已移动，%5 则未能定位</translation>
    </message>
    <message>
        <source>  not placed: annotation %1 &quot;%2&quot;</source>
        <translation>  未能定位：注记 %1「%2」</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>--%1 必须是整数，而不是「%2」</translation>
    </message>
    <message>
        <source>%1: %2 added (%3 not placed), %4 already here, %5 calls imported, %6 question marks, %7 put scenarios</source>
        <translation>%1：新增 %2 条（%3 条未能定位），%4 条已存在，导入 %5 场法说会、%6 个问题标记、%7 个认沽期权情景</translation>
    </message>
    <message>
        <source>structure edits: %1 made again, %2 dropped (their text is gone)</source>
        <translation>结构修正：%1 项已重新套用，%2 项已舍弃(其文字已不存在)</translation>
    </message>
    <message>
        <source>  dropped: %1 on &quot;%2&quot;</source>
        <translation>  已舍弃：%1，位于“%2”</translation>
    </message>
</context>
<context>
    <name>CliOptionsCommands</name>
    <message>
        <source>--%1 must be a number, not &quot;%2&quot;</source>
        <translation>--%1 必须是数字，而不是“%2”</translation>
    </message>
    <message>
        <source>--%1 must be a percentage like 45 or 45%, not &quot;%2&quot;</source>
        <translation>--%1 必须是百分比，例如 45 或 45%，而不是“%2”</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2025-02-26, not &quot;%2&quot;</source>
        <translation>--%1 必须是日期，例如 2025-02-26，而不是“%2”</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>Selling %1 put contract(s) at %2, traded %3, expiring %4; %5</source>
        <translation>卖出 %1 张行权价 %2 的认沽期权，交易日 %3，到期日 %4；%5</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>假设：</translation>
    </message>
    <message>
        <source>Usage: earnings-reader put-calc --price P --strike K --premium X --trade-date YYYY-MM-DD --expiry YYYY-MM-DD [--contracts N] [--fees F] [--iv PERCENT] [--rate PERCENT] [--day-basis calendar|trading] [--at-price P] [--at-date YYYY-MM-DD] [--json]</source>
        <translation>用法：earnings-reader put-calc --price P --strike K --premium X --trade-date YYYY-MM-DD --expiry YYYY-MM-DD [--contracts N] [--fees F] [--iv PERCENT] [--rate PERCENT] [--day-basis calendar|trading] [--at-price P] [--at-date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>--contracts must be a whole number, not &quot;%1&quot;</source>
        <translation>--contracts 必须是整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--day-basis must be calendar or trading, not &quot;%1&quot;</source>
        <translation>--day-basis 必须是 calendar 或 trading，而不是“%1”</translation>
    </message>
    <message>
        <source>Usage: earnings-reader put-scenarios --call ID [--json]</source>
        <translation>用法：earnings-reader put-scenarios --call ID [--json]</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中没有 ID 为 %1 的法说会</translation>
    </message>
    <message>
        <source>No put scenarios saved with call %1</source>
        <translation>法说会 %1 尚未保存任何认沽试算情景</translation>
    </message>
</context>
<context>
    <name>CliPairCommands</name>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中没有 ID 为 %1 的法说会</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader pair ID_A ID_B [--json]</source>
        <translation>用法：earnings-reader pair ID_A ID_B [--json]</translation>
    </message>
    <message>
        <source>%1 has no counterpart in call %2</source>
        <translation>%1 在法说会 %2 中没有对应的问题</translation>
    </message>
    <message>
        <source>%1 = %2, confidence %3</source>
        <translation>%1 = %2，置信度 %3</translation>
    </message>
    <message>
        <source>Questions of call %1 with no counterpart: %2</source>
        <translation>法说会 %1 中没有对应的问题：%2</translation>
    </message>
    <message>
        <source>These calls look unrelated (confidence %1).</source>
        <translation>这两场法说会看来无关（置信度 %1）。</translation>
    </message>
    <message>
        <source>Confidence that these calls are one event: %1</source>
        <translation>这两场法说会为同一事件的置信度：%1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader compare-numbers ID_A ID_B [--json]</source>
        <translation>用法：earnings-reader compare-numbers ID_A ID_B [--json]</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>only in call %1</source>
        <translation>仅见于法说会 %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader repair ID_A ID_B QUESTION_A QUESTION_B|none|auto</source>
        <translation>用法：earnings-reader repair ID_A ID_B QUESTION_A QUESTION_B|none|auto</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>CliSearchCommands</name>
    <message>
        <source>Usage: earnings-reader search QUERY [--call ID] [--json] [--limit N] [--library FILE]</source>
        <translation>用法：earnings-reader search QUERY [--call ID] [--json] [--limit N] [--library FILE]</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not %1</source>
        <translation>--limit 必须是正数，而非 %1</translation>
    </message>
    <message>
        <source>--call must be a call id, not %1</source>
        <translation>--call 必须是法说会 ID，而非 %1</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中没有 ID 为 %1 的法说会</translation>
    </message>
    <message>
        <source>Cannot update the search index of %1: %2</source>
        <translation>无法更新 %1 的搜索索引：%2</translation>
    </message>
    <message>
        <source>Search failed in %1: %2</source>
        <translation>在 %1 中搜索失败：%2</translation>
    </message>
    <message>
        <source>No hits for %1</source>
        <translation>找不到符合 %1 的结果</translation>
    </message>
    <message>
        <source>Only the first %1 hits are shown; use --limit for more.</source>
        <translation>仅显示前 %1 笔结果；如需更多请使用 --limit。</translation>
    </message>
</context>
<context>
    <name>CliTrendCommands</name>
    <message>
        <source>speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No mentions.</source>
        <translation>没有提及。</translation>
    </message>
    <message>
        <source>Usage: earnings-reader trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv] [--library FILE]</source>
        <translation>用法：earnings-reader trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv] [--library FILE]</translation>
    </message>
    <message>
        <source>--by must be speaker or role, not %1</source>
        <translation>--by 必须是 speaker 或 role，而不是 %1</translation>
    </message>
    <message>
        <source>trend prints text, JSON (--json) or CSV (--format csv), not %1</source>
        <translation>trend 输出文本、JSON(--json)或 CSV(--format csv)，而不是 %1</translation>
    </message>
    <message>
        <source>Cannot update the search index of %1: %2</source>
        <translation>无法更新 %1 的搜索索引：%2</translation>
    </message>
    <message>
        <source>Usage: earnings-reader changes CALL_ID [--limit N] [--json] [--library FILE]</source>
        <translation>用法：earnings-reader changes CALL_ID [--limit N] [--json] [--library FILE]</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not %1</source>
        <translation>--limit 必须是正数，而不是 %1</translation>
    </message>
    <message>
        <source>Call %1 (%2 %3, %4 words) against call %5 (%6, %7 words)</source>
        <translation>法说会 %1(%2 %3，%4 词)对照法说会 %5(%6，%7 词)</translation>
    </message>
    <message>
        <source>Rose:</source>
        <translation>上升：</translation>
    </message>
    <message>
        <source>Fell:</source>
        <translation>下降：</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Library file to use instead of the default.</source>
        <translation>改用此数据库文件，而非缺省文件。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而非文本。</translation>
    </message>
    <message>
        <source>Company ticker of the imported calls.</source>
        <translation>导入之法说会的公司股票代号。</translation>
    </message>
    <message>
        <source>Company name, with --company.</source>
        <translation>公司名称，与 --company 搭配使用。</translation>
    </message>
    <message>
        <source>Fiscal period of the imported call.</source>
        <translation>导入之法说会所属的财季。</translation>
    </message>
    <message>
        <source>Date of the imported call.</source>
        <translation>导入之法说会的日期。</translation>
    </message>
    <message>
        <source>Title of the imported call.</source>
        <translation>导入之法说会的标题。</translation>
    </message>
    <message>
        <source>The call to open, show or limit to.</source>
        <translation>要打开、显示或限定范围的法说会。</translation>
    </message>
    <message>
        <source>Size of a screenshot or an exported image.</source>
        <translation>屏幕截屏或导出影像的尺寸。</translation>
    </message>
    <message>
        <source>Open the window, save a picture of it after its first paint, and quit.</source>
        <translation>打开窗口，在首次绘制后保存窗口画面，然后结束。</translation>
    </message>
    <message>
        <source>Only annotations with this tag (notes).</source>
        <translation>仅限含此标签的注记(notes)。</translation>
    </message>
    <message>
        <source>File to write to (notes: instead of the terminal).</source>
        <translation>要写入的文件(notes：取代终端机输出)。</translation>
    </message>
    <message>
        <source>Turn to annotate, as `show` lists it (annotate).</source>
        <translation>要加上注记的发言，即 `show` 列出的发言(annotate)。</translation>
    </message>
    <message>
        <source>First character of the highlight in the turn&apos;s text, from 0 (annotate).</source>
        <translation>萤光标记在发言文本中的第一个字符，从 0 起算(annotate)。</translation>
    </message>
    <message>
        <source>Character after the highlight&apos;s last (annotate).</source>
        <translation>萤光标记最后一个字符的下一个字符(annotate)。</translation>
    </message>
    <message>
        <source>Note of the annotation (annotate).</source>
        <translation>注记的笔记(annotate)。</translation>
    </message>
    <message>
        <source>Comma-separated tags of the annotation (annotate).</source>
        <translation>注记的标签，以逗号分隔(annotate)。</translation>
    </message>
    <message>
        <source>Highlight colour: yellow, green, blue, pink or orange (annotate).</source>
        <translation>萤光标记颜色：yellow、green、blue、pink 或 orange(annotate)。</translation>
    </message>
    <message>
        <source>First fiscal quarter of an exported chart.</source>
        <translation>导出图表的第一个财季。</translation>
    </message>
    <message>
        <source>Last fiscal quarter of an exported chart.</source>
        <translation>导出图表的最后一个财季。</translation>
    </message>
    <message>
        <source>Scale of an exported chart: text and lines this many times larger (default 2).</source>
        <translation>导出图表的缩放比例：文本与线条放大的倍数(缺省 2)。</translation>
    </message>
    <message>
        <source>Background of an exported chart (default light).</source>
        <translation>导出图表的背景(缺省 light)。</translation>
    </message>
    <message>
        <source>import FILE...  Import transcripts</source>
        <translation>import FILE...  导入逐字稿</translation>
    </message>
    <message>
        <source>calls  List the calls in the library</source>
        <translation>calls  列出数据库中的法说会</translation>
    </message>
    <message>
        <source>search QUERY [--call ID] [--json] [--limit N]  Search the calls (Chinese in either script, English in any case)</source>
        <translation>search QUERY [--call ID] [--json] [--limit N]  搜索法说会(中文繁简皆可，英文不分大小写)</translation>
    </message>
    <message>
        <source>notes [--call ID] [--tag T] --format md|csv|json [--out FILE]  Export annotations</source>
        <translation>notes [--call ID] [--tag T] --format md|csv|json [--out FILE]  导出注记</translation>
    </message>
    <message>
        <source>annotate ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]  Highlight text</source>
        <translation>annotate ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]  以萤光标记文本</translation>
    </message>
    <message>
        <source>import-notes FILE.json  Import exported annotations</source>
        <translation>import-notes FILE.json  导入已导出的注记</translation>
    </message>
    <message>
        <source>reimport ID FILE  Replace a call&apos;s text, keeping its annotations</source>
        <translation>reimport ID FILE  取代法说会的文本，并保留其注记</translation>
    </message>
    <message>
        <source>export-financials FILE.csv [--company T]  Export figures</source>
        <translation>export-financials FILE.csv [--company T]  导出数据</translation>
    </message>
    <message>
        <source>install-sample  Put the built-in NVIDIA call and figures into the library</source>
        <translation>install-sample  将内置的 NVIDIA 法说会与数据放入数据库</translation>
    </message>
    <message>
        <source>Read earnings calls against the numbers. With no sub-command, opens the window.</source>
        <translation>对照财务数字阅读法说会。未指定子命令时会打开窗口。</translation>
    </message>
    <message>
        <source>Sub-command to run:</source>
        <translation>要运行的子命令：</translation>
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Unknown sub-command: %1 (see --help)</source>
        <translation>未知的子命令：%1(请参阅 --help)</translation>
    </message>
    <message>
        <source>Chart pane to show in the window.</source>
        <translation>窗口中显示的图表窗格。</translation>
    </message>
    <message>
        <source>Interface language for this run.</source>
        <translation>本次运行使用的接口语言。</translation>
    </message>
    <message>
        <source>Use a dark palette for this run.</source>
        <translation>本次运行使用深色配色。</translation>
    </message>
    <message>
        <source>%1 draws, and cannot run without the window&apos;s module</source>
        <translation>%1 需要绘图，没有窗口模块无法运行</translation>
    </message>
    <message>
        <source>Stock price per share (put-calc).</source>
        <translation>每股股价（put-calc）。</translation>
    </message>
    <message>
        <source>Strike of the put (put-calc).</source>
        <translation>认沽期权的行权价（put-calc）。</translation>
    </message>
    <message>
        <source>Premium received per share (put-calc).</source>
        <translation>每股收到的权利金（put-calc）。</translation>
    </message>
    <message>
        <source>Day the put is sold (put-calc).</source>
        <translation>卖出认沽期权的日期（put-calc）。</translation>
    </message>
    <message>
        <source>Expiry date of the put (put-calc).</source>
        <translation>认沽期权的到期日（put-calc）。</translation>
    </message>
    <message>
        <source>Contracts of 100 shares sold (put-calc; default 1).</source>
        <translation>卖出的合约张数，每张 100 股（put-calc；默认 1）。</translation>
    </message>
    <message>
        <source>Fees for the whole trade, in dollars (put-calc; default 0).</source>
        <translation>整笔交易的手续费，以美元计（put-calc；默认 0）。</translation>
    </message>
    <message>
        <source>Implied volatility, e.g. 45 for 45% (put-calc; optional).</source>
        <translation>隐含波动率，例如 45 表示 45%（put-calc；可省略）。</translation>
    </message>
    <message>
        <source>Risk-free rate, e.g. 4.3 for 4.3% (put-calc; default 0).</source>
        <translation>无风险利率，例如 4.3 表示 4.3%（put-calc；默认 0）。</translation>
    </message>
    <message>
        <source>Days counted: calendar (365 a year, default) or trading (252) (put-calc).</source>
        <translation>天数算法：calendar（自然日，一年 365 天，默认）或 trading（交易日，一年 252 天）（put-calc）。</translation>
    </message>
    <message>
        <source>Stock price to work out the result at (put-calc).</source>
        <translation>试算盈亏时的股价（put-calc）。</translation>
    </message>
    <message>
        <source>Date to value the put on before expiry (put-calc, with --iv).</source>
        <translation>到期前为认沽期权估值的日期（put-calc，需配合 --iv）。</translation>
    </message>
    <message>
        <source>put-calc --price P --strike K --premium X --trade-date D --expiry D [--contracts N] [--fees F] [--iv V] [--rate R] [--day-basis calendar|trading] [--json]  Work out selling a put, with every formula</source>
        <translation>put-calc --price P --strike K --premium X --trade-date D --expiry D [--contracts N] [--fees F] [--iv V] [--rate R] [--day-basis calendar|trading] [--json]  试算卖出认沽期权，列出每条公式</translation>
    </message>
    <message>
        <source>put-scenarios --call ID [--json]  Put scenarios saved with a call, worked out</source>
        <translation>put-scenarios --call ID [--json]  列出随法说会保存的认沽试算情景及其结果</translation>
    </message>
    <message>
        <source>remove ID  Remove a call with its annotations from the library</source>
        <translation>remove ID  从资料库移除一场法说会及其注记</translation>
    </message>
    <message>
        <source>pair ID_A ID_B [--json]  Pair the questions of two versions of one call (e.g. a translation and its original), with the evidence</source>
        <translation>pair ID_A ID_B [--json]  将同一场法说会的两个版本（例如译文与原文）逐题配对，并列出依据</translation>
    </message>
    <message>
        <source>compare-numbers ID_A ID_B [--json]  The numbers of each paired question side by side, flagging those that differ or are on one side only</source>
        <translation>compare-numbers ID_A ID_B [--json]  并列每组配对问题中的数字，标出数值不同或仅见于一方者</translation>
    </message>
    <message>
        <source>repair ID_A ID_B QUESTION_A QUESTION_B|none|auto  Pair a question by hand (none: it has no counterpart; auto: back to the aligner&apos;s choice)</source>
        <translation>repair ID_A ID_B QUESTION_A QUESTION_B|none|auto  手动配对一个问题（none：没有对应的问题；auto：改回系统自动配对）</translation>
    </message>
    <message>
        <source>Most hits to print (search; default 50; changes: 20 each way).</source>
        <translation>最多输出的结果数(search：默认 50；changes：升降各 20)。</translation>
    </message>
    <message>
        <source>Split a trend by speaker (default) or by role (trend).</source>
        <translation>趋势按发言者(默认)或按角色分列(trend)。</translation>
    </message>
    <message>
        <source>Leave analysts out of a trend (trend).</source>
        <translation>趋势不计分析师(trend)。</translation>
    </message>
    <message>
        <source>trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv]  Count terms call by call, per speaker or role</source>
        <translation>trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv]  逐场法说会统计词语，按发言者或角色分列</translation>
    </message>
    <message>
        <source>changes CALL_ID [--limit N] [--json]  Terms that rose or fell most since the company&apos;s previous call</source>
        <translation>changes CALL_ID [--limit N] [--json]  与该公司上一场法说会相比，使用次数升降最多的词语</translation>
    </message>
    <message>
        <source>import-financials FILE.csv|FILE.json [--company T]  Import figures from CSV or SEC company facts (all or none)</source>
        <translation>import-financials 文件.csv|文件.json [--company 代码]  从 CSV 或 SEC 公司事实数据导入数据（全部或全不）</translation>
    </message>
    <message>
        <source>Chinese script of the call&apos;s text (show: default original; export-call: default the window&apos;s choice). Characters only, words as said.</source>
        <translation>电话会议正文的中文字体（show：默认为原文；export-call：默认为窗口的选择）。只转换字形，用词照原话。</translation>
    </message>
    <message>
        <source>show ID [--script traditional|simplified|original] [--json]  Print a call</source>
        <translation>show ID [--script traditional|simplified|original] [--json]  打印一场电话会议</translation>
    </message>
    <message>
        <source>export-call ID --out FILE.pdf [--script traditional|simplified|original]  Save a call with its notes as PDF, as the window exports it</source>
        <translation>export-call ID --out FILE.pdf [--script traditional|simplified|original]  将电话会议连同笔记保存为 PDF，与窗口导出的相同</translation>
    </message>
    <message>
        <source>--script must be traditional, simplified or original, not %1</source>
        <translation>--script 必须是 traditional、simplified 或 original，而不是 %1</translation>
    </message>
    <message>
        <source>Give the turn this speaker, listed or not (edit-turn).</source>
        <translation>将此发言改为这位发言者，不论是否在与会者名单中(edit-turn)。</translation>
    </message>
    <message>
        <source>Split the turn before this character of its text, from 0 (edit-turn).</source>
        <translation>在发言文字的这个字符之前分割，从 0 起算(edit-turn)。</translation>
    </message>
    <message>
        <source>Merge the turn into the one before it (edit-turn).</source>
        <translation>将此发言并入前一则发言(edit-turn)。</translation>
    </message>
    <message>
        <source>A new question starts with the turn (edit-turn).</source>
        <translation>新的问题从此发言开始(edit-turn)。</translation>
    </message>
    <message>
        <source>The question the turn starts is none: it joins the one before (edit-turn).</source>
        <translation>此发言开始的问题并非新问题：并入前一个问题(edit-turn)。</translation>
    </message>
    <message>
        <source>The Q&amp;A starts with the turn (edit-turn).</source>
        <translation>问答 (Q&amp;A) 从此发言开始(edit-turn)。</translation>
    </message>
    <message>
        <source>edit-turn CALL_ID TURN_ID --speaker NAME|--split-at N|--merge-previous|--question-starts|--not-question|--qa-starts [--json]  Fix what the parser made of a turn (kept when the call is re-imported)</source>
        <translation>edit-turn CALL_ID TURN_ID --speaker NAME|--split-at N|--merge-previous|--question-starts|--not-question|--qa-starts [--json]  修正解析器对某则发言的判读(重新导入法说会时仍会保留)</translation>
    </message>
    <message>
        <source>Product whose ramp export-chart product draws (default: the company&apos;s first).</source>
        <translation>export-chart product 绘制哪个产品的放量（默认：该公司的第一个产品）。</translation>
    </message>
    <message>
        <source>export-chart revenue|margin|product --out FILE.png|.svg|.pdf [--company T] [--product P] [--from Q] [--to Q] [--size WxH]  Export a chart</source>
        <translation>export-chart revenue|margin|product --out 文件.png|.svg|.pdf [--company T] [--product P] [--from Q] [--to Q] [--size WxH]  导出图表</translation>
    </message>
    <message>
        <source>Export format (notes, trend, guidance).</source>
        <translation>汇出格式（notes、trend、guidance）。</translation>
    </message>
    <message>
        <source>guidance [--company T] [--json|--format csv|md]  What management guided, for which period, and how it turned out against the figures</source>
        <translation>guidance [--company T] [--json|--format csv|md]  管理层给出的财测、针对的期间，以及与实际数据相比的结果</translation>
    </message>
    <message>
        <source>check-numbers CALL_ID [--json]  The numbers a call states about reported figures, each checked against the stored figures</source>
        <translation>check-numbers CALL_ID [--json]  法说会中提到的已公布数据，逐一与数据库中的数据核对</translation>
    </message>
</context>
<context>
    <name>CompanyFacts</name>
    <message>
        <source>%1 filed on %2, accession %3</source>
        <translation>%2 提交的 %1，登记号 %3</translation>
    </message>
    <message>
        <source>name the company&apos;s ticker (capital letters, digits, dots); company facts identify a company by its CIK only</source>
        <translation>请指定公司的股票代码（大写字母、数字、句点）；公司事实数据只以 CIK 标识公司</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>不是有效的 JSON：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>not SEC company facts: there is no &quot;facts&quot; object (expected the file EDGAR serves as CIK##########.json)</source>
        <translation>不是 SEC 公司事实数据：没有「facts」对象（应为 EDGAR 提供的 CIK##########.json 文件）</translation>
    </message>
    <message>
        <source>no revenue concept with periods (looked for us-gaap Revenues, RevenueFromContractWithCustomerExcludingAssessedTax, SalesRevenueNet and ifrs-full Revenue)</source>
        <translation>没有带期间的营收概念（已查找 us-gaap 的 Revenues、RevenueFromContractWithCustomerExcludingAssessedTax、SalesRevenueNet 及 ifrs-full 的 Revenue）</translation>
    </message>
    <message>
        <source>no annual report (10-K) period to learn the fiscal year end from</source>
        <translation>没有年报（10-K）期间可得知财年的结束日</translation>
    </message>
    <message>
        <source>%1 is in &quot;%2&quot;, which is not a currency</source>
        <translation>%1 的单位是「%2」，不是货币</translation>
    </message>
    <message>
        <source>%1 is in %2; the library keeps figures in US dollars</source>
        <translation>%1 以 %2 计；资料库以美元保存数据</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>restated: first reported as %1 in the %2</source>
        <translation>重述：最初在%2中报告为 %1</translation>
    </message>
    <message>
        <source>%1 minus %2 (%3)</source>
        <translation>%1 减 %2（%3）</translation>
    </message>
    <message>
        <source>derived: fiscal year %1 %2 minus the nine months to %3, %4</source>
        <translation>推算：财年 %1 的 %2 减截至 %3 的九个月 %4</translation>
    </message>
    <message>
        <source>computed: %1 minus %2</source>
        <translation>计算：%1 减 %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>computed: gross profit %1 / revenue %2 (%3)</source>
        <translation>计算：毛利 %1 ÷ 营收 %2（%3）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than any company facts file (at most %3)</source>
        <translation>%1：%2 字节超过任何公司事实数据文件（最多 %3）</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1：未导入任何数据：%2</translation>
    </message>
    <message>
        <source>no revenue for a fiscal quarter or a whole fiscal year</source>
        <translation>没有任何财季或整个会计年度的营收</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotationCommand</name>
    <message>
        <source>Delete annotation &quot;%1&quot;</source>
        <translation>删除注记「%1」</translation>
    </message>
    <message>
        <source>Could not delete the annotation &quot;%1&quot;</source>
        <translation>无法删除批注“%1”</translation>
    </message>
</context>
<context>
    <name>DeletePutScenarioCommand</name>
    <message>
        <source>Delete put scenario &quot;%1&quot;</source>
        <translation>删除认沽试算情景“%1”</translation>
    </message>
    <message>
        <source>Could not delete the put scenario &quot;%1&quot;</source>
        <translation>无法删除认沽试算情景“%1”</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Edit annotation &quot;%1&quot;</source>
        <translation>编辑注记「%1」</translation>
    </message>
    <message>
        <source>Could not save the annotation &quot;%1&quot;</source>
        <translation>无法保存批注“%1”</translation>
    </message>
</context>
<context>
    <name>EditCallDetailsCommand</name>
    <message>
        <source>Edit the details of %1</source>
        <translation>编辑 %1 的资料</translation>
    </message>
    <message>
        <source>Could not change the details of %1</source>
        <translation>无法更改 %1 的资料</translation>
    </message>
</context>
<context>
    <name>EditFigureCommand</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add figure %1</source>
        <translation>添加数据 %1</translation>
    </message>
    <message>
        <source>Remove figure %1</source>
        <translation>移除数据 %1</translation>
    </message>
    <message>
        <source>Edit figure %1</source>
        <translation>编辑数据 %1</translation>
    </message>
    <message>
        <source>Could not add the figure %1</source>
        <translation>无法添加数据 %1</translation>
    </message>
    <message>
        <source>Could not remove the figure %1</source>
        <translation>无法移除数据 %1</translation>
    </message>
    <message>
        <source>Could not save the figure %1</source>
        <translation>无法保存数据 %1</translation>
    </message>
    <message>
        <source>Could not save the figure</source>
        <translation>无法保存数据</translation>
    </message>
</context>
<context>
    <name>EditSpeakerCommand</name>
    <message>
        <source>Edit speaker %1</source>
        <translation>编辑发言者 %1</translation>
    </message>
    <message>
        <source>Could not rename the speaker %1 to %2</source>
        <translation>无法将发言者 %1 更名为 %2</translation>
    </message>
    <message>
        <source>Could not change the firm of the speaker %1</source>
        <translation>无法更改发言者 %1 的所属机构</translation>
    </message>
    <message>
        <source>Could not save the speaker %1</source>
        <translation>无法保存发言者 %1</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>$%1M</source>
        <translation>$%1M</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>+%1%</source>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>+%1 pt</source>
        <translation>+%1 个百分点</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>财测</translation>
    </message>
    <message>
        <source>disclosed</source>
        <translation>已揭露</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估计值</translation>
    </message>
</context>
<context>
    <name>FigureSource</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1与%2</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>the article that comes with the sample call</source>
        <translation>示例法说会所附的文章</translation>
    </message>
    <message>
        <source>%1 %2 for %3</source>
        <translation>%1 %3 %2</translation>
    </message>
    <message>
        <source>%1 earnings call for %2</source>
        <translation>%1 %2 法说会</translation>
    </message>
    <message>
        <source>%1, filed %2</source>
        <translation>%1（%2 申报）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 earnings calls for %2</source>
        <translation>%1 %2 法说会</translation>
    </message>
    <message>
        <source>%1 %2, filed %3</source>
        <translation>%1 %2（%3 申报）</translation>
    </message>
    <message>
        <source>%1 %2 filings, filed %3 to %4</source>
        <translation>%1 %2 申报文件（%3 至 %4 申报）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2 (%3)</translation>
    </message>
    <message>
        <source>Value: %1 (stored as %2)</source>
        <translation>数值：%1 (保存为 %2)</translation>
    </message>
    <message>
        <source>Quarter ended %1</source>
        <translation>季度结束日：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Entered or changed by you, not taken from the source.</source>
        <translation>由您输入或修改，并非取自来源。</translation>
    </message>
    <message>
        <source>(statement)</source>
        <translation>(财报)</translation>
    </message>
    <message>
        <source>user-entered</source>
        <translation>用户输入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>“%1” is not a number; %2 %3 was not changed.</source>
        <translation>「%1」不是数字；%2 %3 未变更。</translation>
    </message>
    <message>
        <source>%1 %2 was not changed: %3</source>
        <translation>%1 %2 未变更：%3</translation>
    </message>
    <message>
        <source>The figure was not added: %1</source>
        <translation>未添加数据：%1</translation>
    </message>
    <message>
        <source>There is already a %1 figure for %2 in %3; edit it instead.</source>
        <translation>%3 已有 %2 的%1数据；请改为编辑该笔数据。</translation>
    </message>
    <message>
        <source>%1 %2 came from %3 and cannot be removed; edit its value instead.</source>
        <translation>%1 %2 来自 %3，无法移除；请改为编辑其数值。</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指针</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>原始记录：%1</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1 (quarter ended %2)</source>
        <translation>%1 (季度结束日：%2)</translation>
    </message>
    <message>
        <source>Entered by you in the Figures table, not taken from the source below.</source>
        <translation>由您在「数据」表格中输入，并非取自下方来源。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>$%1B</source>
        <translation>$%1B</translation>
    </message>
    <message>
        <source>%1 (fiscal year ended %2)</source>
        <translation>%1（会计年度截至 %2）</translation>
    </message>
</context>
<context>
    <name>FiguresDock</name>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Filter figures</source>
        <translation>筛选数据</translation>
    </message>
    <message>
        <source>Figures of the open call&apos;s company</source>
        <translation>目前法说会所属公司的数据</translation>
    </message>
    <message>
        <source>Add Estimate…</source>
        <translation>添加估计值…</translation>
    </message>
    <message>
        <source>Enter a figure of your own; it is marked as user-entered</source>
        <translation>自行输入数据；该数据会标示为用户输入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected figures you entered</source>
        <translation>移除选取的自行输入数据</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import figures from a CSV file</source>
        <translation>从 CSV 档导入数据</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the figures of this company to a CSV file</source>
        <translation>将此公司的数据导出为 CSV 档</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…以及另外 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>未从 %1 导入任何数据：
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 笔数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Financials</source>
        <translation>导入财务数据</translation>
    </message>
    <message>
        <source>Export Financials</source>
        <translation>导出财务数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n figure(s) to %1</source>
        <translation>
            <numerusform>已将 %n 笔数据导出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Estimate for %1</source>
        <translation>添加 %1 的估计值</translation>
    </message>
    <message>
        <source>in the metric&apos;s unit: US$ millions, % or US$</source>
        <translation>使用指针的单位：百万美元、% 或美元</translation>
    </message>
    <message>
        <source>how you arrived at it</source>
        <translation>您如何得出此数值</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指针(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>“%1” is not a fiscal quarter like FY2026Q1; nothing was added.</source>
        <translation>「%1」不是像 FY2026Q1 这样的财季；未添加任何数据。</translation>
    </message>
    <message>
        <source>“%1” is not a number; nothing was added.</source>
        <translation>「%1」不是数字；未添加任何数据。</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>Added an estimate of %1 for %2</source>
        <translation>已为 %2 添加估计值 %1</translation>
    </message>
    <message>
        <source>Importing company facts…</source>
        <translation>正在导入公司事实数据…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of %1 from %2 (%3 fourth quarters derived, %4 restated)</source>
        <translation>
            <numerusform>已从 %2 导入 %1 的 %n 条数据（%3 个第四季度经推算，%4 条经重述）</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures (*.csv *.json);;CSV files (*.csv);;SEC company facts (*.json);;All files (*)</source>
        <translation>数据 (*.csv *.json);;CSV 文件 (*.csv);;SEC 公司事实数据 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>SEC company facts name a company by its CIK only. Ticker to file the figures under:</source>
        <translation>SEC 公司事实数据只以 CIK 标识公司。请输入要存放这些数据的股票代码：</translation>
    </message>
    <message>
        <source>Add Disclosure…</source>
        <translation>添加揭露…</translation>
    </message>
    <message>
        <source>Enter what the company disclosed about a product (or your estimate), with its source</source>
        <translation>输入公司对某产品揭露的内容（或您的估计值），并注明来源</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of %1 from %2: fiscal years only, the file has no quarters (%3 restated)</source>
        <translation>
            <numerusform>已从 %2 导入 %1 的 %n 条数据：仅有会计年度，文件中没有季度（%3 条经重编）</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>The disclosure was not added: %1.</source>
        <translation>未添加此揭露：%1。</translation>
    </message>
    <message>
        <source>Added %1 for %2 (%3)</source>
        <translation>已添加 %2 的%1（%3）</translation>
    </message>
</context>
<context>
    <name>FinancialCsv</name>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>第 %1 行:字段的结尾引号后还有文本</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>第 %1 行:未加引号的字段中含有引号(请以引号括住整个字段,并将该引号重复两次)</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第 %1 行:加引号的字段缺少结尾引号</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>文件是空的;应有标题列 %1</translation>
    </message>
    <message>
        <source>the header must be %1</source>
        <translation>标题列必须是 %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段,实际为 %2 个</translation>
    </message>
    <message>
        <source>bad fiscal quarter &quot;%1&quot; (expected FY2025Q4)</source>
        <translation>无效的财季「%1」(格式应为 FY2025Q4)</translation>
    </message>
    <message>
        <source>bad period end date &quot;%1&quot; (expected yyyy-mm-dd)</source>
        <translation>无效的期末日期「%1」(格式应为 yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected actual, guidance, disclosed or estimate)</source>
        <translation>未知的类型「%1」(应为 actual、guidance、disclosed 或 estimate)</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number</source>
        <translation>值「%1」不是数字</translation>
    </message>
    <message>
        <source>user_entered must be 0 or 1, not &quot;%1&quot;</source>
        <translation>user_entered 必须是 0 或 1,而非「%1」</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2 %3 %4 %5)</source>
        <translation>与第 %1 行重复(%2 %3 %4 %5)</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1:未导入任何数据:%2</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1:无法写入文件:%2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this call</source>
        <translation>在此法说会中寻找</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>寻找文本</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>上一个相符处 (%1)</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>下一个相符处 (%1)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭寻找列 (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有相符处</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个相符处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个,共 %2 个</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Cannot open the library</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size 必须是 WIDTHxHEIGHT 格式,例如 1280x800</translation>
    </message>
    <message>
        <source>--language must be one of %1</source>
        <translation>--language 必须是下列之一:%1</translation>
    </message>
    <message>
        <source>Could not start a window for %1.</source>
        <translation>无法为 %1 打开新窗口。</translation>
    </message>
    <message>
        <source>--pane must be revenue, margin or product</source>
        <translation>--pane 必须是 revenue、margin 或 product</translation>
    </message>
</context>
<context>
    <name>GuidanceDock</name>
    <message>
        <source>No call is open.</source>
        <translation>没有开启的法说会。</translation>
    </message>
    <message>
        <source>Guidance statements in this call: %1.</source>
        <translation>此法说会的财测陈述：%1 则。</translation>
    </message>
    <message>
        <source>Guidance statements in the calls of %1: %2.</source>
        <translation>%1 各场法说会的财测陈述：%2 则。</translation>
    </message>
    <message>
        <source>Statements that differ from the outlook in the company&apos;s release: %1.</source>
        <translation>与公司财报新闻稿中的财测不一致的陈述：%1 则。</translation>
    </message>
    <message>
        <source>%1 numbers about reported figures: %2 match, %3 differ, %4 cannot be checked.</source>
        <translation>关于已公布数据的数字 %1 个：%2 个相符，%3 个不符，%4 个无法核对。</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>所有指标</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>所有期间</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>财测</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>财测记录</translation>
    </message>
    <message>
        <source>Numbers in This Call</source>
        <translation>此法说会的数字</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>显示已排除</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>As Found</source>
        <translation>撤回决定</translation>
    </message>
    <message>
        <source>Mark the selected entry as checked against the call</source>
        <translation>将选取的项目标示为已对照法说会核实</translation>
    </message>
    <message>
        <source>The selected sentence is not guidance; keep it out of the ledger</source>
        <translation>选取的句子不是财测；不列入财测记录</translation>
    </message>
    <message>
        <source>Take back the decision on the selected entry</source>
        <translation>撤回对选取项目的决定</translation>
    </message>
    <message>
        <source>Guidance ledger</source>
        <translation>财测记录</translation>
    </message>
    <message>
        <source>Numbers of the open call, checked against the figures</source>
        <translation>当前法说会的数字，与数据核对的结果</translation>
    </message>
    <message>
        <source>Show the guidance on this metric</source>
        <translation>显示此指标的财测</translation>
    </message>
    <message>
        <source>Show the guidance for this period</source>
        <translation>显示此期间的财测</translation>
    </message>
</context>
<context>
    <name>GuidanceEditDialog</name>
    <message>
        <source>The whole fiscal year</source>
        <translation>整个财年</translation>
    </message>
    <message>
        <source>Late in the year</source>
        <translation>年度稍晚</translation>
    </message>
    <message>
        <source>Edit Guidance</source>
        <translation>编辑财测</translation>
    </message>
    <message>
        <source> $M</source>
        <translation> 百万美元</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> 个基点</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>下限(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>上限(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;From quarter:</source>
        <translation>起始季度(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To quarter:</source>
        <translation>结束季度(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>GuidanceMetrics</name>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Data Center revenue</source>
        <translation>数据中心营收</translation>
    </message>
    <message>
        <source>Gaming revenue</source>
        <translation>游戏营收</translation>
    </message>
    <message>
        <source>GAAP gross margin</source>
        <translation>GAAP 毛利率</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin</source>
        <translation>非 GAAP 毛利率</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>GAAP operating expenses</source>
        <translation>GAAP 营业费用</translation>
    </message>
    <message>
        <source>Non-GAAP operating expenses</source>
        <translation>非 GAAP 营业费用</translation>
    </message>
    <message>
        <source>Operating expenses</source>
        <translation>营业费用</translation>
    </message>
    <message>
        <source>Other income and expense</source>
        <translation>其他收入与费用</translation>
    </message>
    <message>
        <source>GAAP tax rate</source>
        <translation>GAAP 税率</translation>
    </message>
    <message>
        <source>Non-GAAP tax rate</source>
        <translation>非 GAAP 税率</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>A segment&apos;s revenue</source>
        <translation>某一业务部门的营收</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>营业利润</translation>
    </message>
    <message>
        <source>GAAP net income</source>
        <translation>GAAP 净利</translation>
    </message>
</context>
<context>
    <name>GuidanceTableModel</name>
    <message>
        <source>%1 bp</source>
        <translation>%1 个基点</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>在区间内</translation>
    </message>
    <message>
        <source>Above, by %1</source>
        <translation>高于区间 %1</translation>
    </message>
    <message>
        <source>Below, by %1</source>
        <translation>低于区间 %1</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>尚未公布</translation>
    </message>
    <message>
        <source>No figure to check</source>
        <translation>没有可核对的数据</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已撷取</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>%1 (assumed)</source>
        <translation>%1（推定）</translation>
    </message>
    <message>
        <source>%1 (analyst)</source>
        <translation>%1（分析师）</translation>
    </message>
    <message>
        <source>The range of the band, as the company defined it: %1</source>
        <translation>区间范围依公司自己的定义：%1</translation>
    </message>
    <message>
        <source>The release&apos;s outlook differs: %1</source>
        <translation>财报新闻稿的财测不同：%1</translation>
    </message>
    <message>
        <source>The release&apos;s outlook agrees: %1</source>
        <translation>财报新闻稿的财测一致：%1</translation>
    </message>
    <message>
        <source>Reported figure: %1</source>
        <translation>公布的数据：%1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>法说会</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>For</source>
        <translation>目标期间</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>财测</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1, not what the call said</source>
        <translation>%1，与法说会所述不同</translation>
    </message>
    <message>
        <source>Release&apos;s outlook</source>
        <translation>财报新闻稿的财测</translation>
    </message>
</context>
<context>
    <name>GuidedRanges</name>
    <message>
        <source>%1 %2, %3: “%4”
%5 guided %6 for %7: %8</source>
        <translation>%1 %2，%3：“%4”
%5 %7 财测 %6：%8</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing transcripts…</source>
        <translation>正在导入逐字稿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>正在导入 %1 (第 %2 个,共 %3 个)…</translation>
    </message>
    <message>
        <source>Import transcripts</source>
        <translation>导入逐字稿</translation>
    </message>
    <message numerus="yes">
        <source>✓ %1: %2 (%n question(s))</source>
        <translation>
            <numerusform>✓ %1:%2 (%n 个问题)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>已导入 %n 个文件中的 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not imported.</source>
        <translation>
            <numerusform>已取消:%n 个文件未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>已取消导入。</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Could not undo &quot;%1&quot;</source>
        <translation>无法复原“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the library refused the change</source>
        <translation>数据库拒绝了这项更改</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>Cannot open library %1: %2</source>
        <translation>无法打开数据库 %1:%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是文件夹</translation>
    </message>
    <message>
        <source>the file is not an Earnings Reader library (not an SQLite database); it was not changed</source>
        <translation>此文件不是 Earnings Reader 数据库(不是 SQLite 数据库);未做任何变更</translation>
    </message>
    <message>
        <source>the file is damaged (%1); it was not changed</source>
        <translation>文件已损毁 (%1);未做任何变更</translation>
    </message>
    <message>
        <source>it was written by a newer version of Earnings Reader (schema %1; this version knows up to %2); it was not changed</source>
        <translation>此文件由较新版本的 Earnings Reader 写入(结构描述 %1;此版本最高支持 %2);未做任何变更</translation>
    </message>
    <message>
        <source>the file is read-only and needs an upgrade from schema %1 to %2</source>
        <translation>文件为唯读,但需要将结构描述从 %1 升级到 %2</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>升级到结构描述 %1 失败:%2</translation>
    </message>
    <message>
        <source>the library %1 is open read-only</source>
        <translation>数据库 %1 以唯读模式打开</translation>
    </message>
    <message>
        <source>this text is already in the library as call %1</source>
        <translation>数据库中已有此内容,即法说会 %1</translation>
    </message>
    <message>
        <source>call %1 does not exist</source>
        <translation>法说会 %1 不存在</translation>
    </message>
    <message>
        <source>speaker %1 does not exist</source>
        <translation>发言者 %1 不存在</translation>
    </message>
    <message>
        <source>%1 (the disk may be full or the library file cannot be written; nothing was changed)</source>
        <translation>%1(磁盘可能已满,或数据库文件无法写入;未做任何变更)</translation>
    </message>
    <message>
        <source>it is a SQLite database but not an Earnings Reader library; it was not changed</source>
        <translation>此文件是 SQLite 数据库,但不是 Earnings Reader 数据库;未做任何变更</translation>
    </message>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>数据库连接不是 SQLite</translation>
    </message>
    <message>
        <source>it holds objects Earnings Reader does not create (%1); it was not changed</source>
        <translation>其中含有 Earnings Reader 不会创建的对象(%1);未做任何变更</translation>
    </message>
    <message>
        <source>parts of its schema are missing (%1); it was not changed</source>
        <translation>其结构描述缺少部分内容(%1);未做任何变更</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取结构描述版本：%1</translation>
    </message>
    <message>
        <source>its schema version is %1, which no version of Earnings Reader writes; it was not changed</source>
        <translation>其结构描述版本为 %1，没有任何版本的 Earnings Reader 会写入此版本；未做任何变更</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); nothing more is written to it. Open a backup, or recover what can be read with sqlite3&apos;s .recover</source>
        <translation>数据库 %1 已损坏（%2）；不会再写入任何内容。请打开备份，或用 sqlite3 的 .recover 恢复可读取的部分</translation>
    </message>
    <message>
        <source>an annotation covers that place; a turn cannot be split inside a highlight</source>
        <translation>该处有注记；无法在萤光标记之内分割发言</translation>
    </message>
    <message>
        <source>question %1 would no longer exist, and it has a mark or a pairing made by hand; remove those first</source>
        <translation>问题 %1 将不复存在，而它有标示或手动配对；请先移除这些</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticker (capital letters, digits, dots)</source>
        <translation>“%1”不是股票代码（大写字母、数字、句点）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal period (expected FY2025Q4)</source>
        <translation>“%1”不是财政期间（应为 FY2025Q4 格式）</translation>
    </message>
    <message>
        <source>a call needs a title</source>
        <translation>法说会必须有标题</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has control characters</source>
        <translation>文字“%1”含有控制字符</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zoom: %1%</source>
        <translation>缩放:%1%</translation>
    </message>
    <message>
        <source>Read-only library: changes cannot be saved</source>
        <translation>唯读数据库:无法保存变更</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Transcript…</source>
        <translation>导入逐字稿(&amp;I)…</translation>
    </message>
    <message>
        <source>Import one or more transcript text files into the library</source>
        <translation>将一或多个逐字稿文本档导入数据库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>结束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>复原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>Scroll to the next analyst question</source>
        <translation>卷动到下一个分析师问题</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>Scroll to the previous analyst question</source>
        <translation>卷动到上一个分析师问题</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>说明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Earnings Reader</source>
        <translation>关于 Earnings Reader(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the chart shown beside the transcript as PNG, SVG or PDF</source>
        <translation>将逐字稿旁的图表存成 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Copy C&amp;hart as Image</source>
        <translation>拷贝图表为影像(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the chart shown beside the transcript to the clipboard</source>
        <translation>将逐字稿旁的图表拷贝到剪贴板</translation>
    </message>
    <message>
        <source>Import &amp;Financials…</source>
        <translation>导入财务数据(&amp;F)…</translation>
    </message>
    <message>
        <source>Import figures from a CSV file; a file with a bad row imports nothing</source>
        <translation>从 CSV 档导入数据;有错误列的文件不会导入任何数据</translation>
    </message>
    <message>
        <source>Export Fi&amp;nancials…</source>
        <translation>导出财务数据(&amp;L)…</translation>
    </message>
    <message>
        <source>Export the figures of the open call&apos;s company to a CSV file</source>
        <translation>将目前法说会公司的数据导出为 CSV 档</translation>
    </message>
    <message>
        <source>&amp;Find in Call…</source>
        <translation>在法说会中寻找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the open call, in either script</source>
        <translation>在目前法说会中寻找文本(繁简皆可)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>寻找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match in the open call</source>
        <translation>前往目前法说会的下一个相符处</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>寻找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match in the open call</source>
        <translation>前往目前法说会的上一个相符处</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索数据库(&amp;L)…</translation>
    </message>
    <message>
        <source>Search all calls in Chinese (either script) or English</source>
        <translation>以中文(繁简皆可)或英文搜索所有法说会</translation>
    </message>
    <message>
        <source>Show &amp;Simplified Characters</source>
        <translation>显示简体字(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Traditional Characters</source>
        <translation>显示繁体字(&amp;T)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Questions of the open call</source>
        <translation>目前法说会的问题</translation>
    </message>
    <message>
        <source>Calls in the library</source>
        <translation>数据库中的法说会</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>逐字稿</translation>
    </message>
    <message>
        <source>Call %1 is not in the library.</source>
        <translation>数据库中没有法说会 %1。</translation>
    </message>
    <message>
        <source>%1 is not a fiscal quarter like FY2025Q4.</source>
        <translation>%1 不是像 FY2025Q4 这样的财季。</translation>
    </message>
    <message>
        <source>This is the last question.</source>
        <translation>这是最后一个问题。</translation>
    </message>
    <message>
        <source>This is the first question.</source>
        <translation>这是第一个问题。</translation>
    </message>
    <message>
        <source>Import Transcripts</source>
        <translation>导入逐字稿</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>逐字稿 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Earnings Reader</source>
        <translation>Earnings Reader</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, transcript font and script, chart export, library file</source>
        <translation>语言、逐字稿字体与字体、图表导出、数据库文件</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Earnings Reader libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Earnings Reader 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No other library opened yet</source>
        <translation>尚未打开过其他数据库</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another library file in a new window</source>
        <translation>在新窗口中打开另一个数据库文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent Library</source>
        <translation>最近打开的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>复原 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Show the call in Simplified characters (mainland vocabulary too if chosen in Settings)</source>
        <translation>以简体字显示电话会议（若在设置中选择，也转换为大陆用词）</translation>
    </message>
    <message>
        <source>Show the call in Traditional characters (Taiwan vocabulary too if chosen in Settings)</source>
        <translation>以繁体字显示电话会议（若在设置中选择，也转换为台湾用词）</translation>
    </message>
    <message>
        <source>Show Page &amp;Furniture</source>
        <translation>显示页面杂项(&amp;F)</translation>
    </message>
    <message>
        <source>Show tables of contents, participant lists, page headers and advertisements with the transcript</source>
        <translation>在逐字稿中显示目录、参会者名单、页眉与广告</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>Read how to import, read, annotate and chart calls</source>
        <translation>了解如何导入、阅读、注记法说会并绘制图表</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List the keys of every command</source>
        <translation>列出每个命令的按键</translation>
    </message>
    <message>
        <source>Correct the open call&apos;s company, fiscal period, date or title</source>
        <translation>修正打开中法说会的公司、财政期间、日期或标题</translation>
    </message>
    <message>
        <source>Call Deta&amp;ils…</source>
        <translation>法说会资料(&amp;I)…</translation>
    </message>
    <message>
        <source>Read Side by Side with the Open Call</source>
        <translation>与目前的法说会并排阅读</translation>
    </message>
    <message>
        <source>Pair this call with the open one and read both, question by question</source>
        <translation>将这场法说会与目前的法说会配对，逐题对照阅读两者</translation>
    </message>
</context>
<context>
    <name>MarginChartBuilder</name>
    <message>
        <source>Margins</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>%1 gross and net margin against the outlook given a quarter earlier</source>
        <translation>%1 毛利率与净利率,对照前一季提出的财测</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>财季</translation>
    </message>
    <message>
        <source>Margin (% of revenue)</source>
        <translation>利润率 (占营收 %)</translation>
    </message>
    <message>
        <source>GAAP gross margin</source>
        <translation>GAAP 毛利率</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin</source>
        <translation>非 GAAP 毛利率</translation>
    </message>
    <message>
        <source>Net margin (computed)</source>
        <translation>净利率 (计算值)</translation>
    </message>
    <message>
        <source>GAAP gross margin outlook</source>
        <translation>GAAP 毛利率财测</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin outlook</source>
        <translation>非 GAAP 毛利率财测</translation>
    </message>
    <message>
        <source>%1 outlook for %2: %3, given in the %4 release</source>
        <translation>%2 的 %1 财测:%3,于 %4 财报中提出</translation>
    </message>
    <message>
        <source>Actual: %1 (%2 against the outlook)</source>
        <translation>实际值:%1 (相较财测 %2)</translation>
    </message>
    <message>
        <source>Actual: not reported yet</source>
        <translation>实际值:尚未公布</translation>
    </message>
    <message>
        <source>Net margin: %1 (computed: GAAP net income %2 / revenue %3)</source>
        <translation>净利率:%1 (计算方式:GAAP 净利 %2 / 营收 %3)</translation>
    </message>
    <message>
        <source>no gross margin, operating income or net income for %1 yet; File &gt; Import Financials… adds them from SEC company facts (.json) or CSV</source>
        <translation>尚无 %1 的毛利率、营业利润或净利润；可用「文件 &gt; 导入财务数据…」从 SEC 公司事实数据（.json）或 CSV 加入</translation>
    </message>
    <message>
        <source>Operating margin (computed)</source>
        <translation>营业利润率（计算值）</translation>
    </message>
    <message>
        <source>Operating margin: %1 (computed: GAAP operating income %2 / revenue %3)</source>
        <translation>营业利润率：%1（计算：GAAP 营业利润 %2 ÷ 营收 %3）</translation>
    </message>
    <message>
        <source>%1 gross and net margin</source>
        <translation>%1 毛利率与净利率</translation>
    </message>
    <message>
        <source>GAAP gross</source>
        <translation>GAAP 毛利率</translation>
    </message>
    <message>
        <source>non-GAAP gross</source>
        <translation>非 GAAP 毛利率</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>营业利润率</translation>
    </message>
    <message>
        <source>net</source>
        <translation>净利率</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1及%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2 margin against the outlook given a quarter earlier</source>
        <translation>%1 %2，对照上一季度给出的展望</translation>
    </message>
    <message>
        <source>%1 %2 margin</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Operating margin is computed (GAAP operating income / revenue).</source>
        <translation>营业利润率为计算值（GAAP 营业利润 ÷ 营收）。</translation>
    </message>
    <message>
        <source>Net margin is computed (GAAP net income / revenue).</source>
        <translation>净利率为计算值（GAAP 净利润 ÷ 营收）。</translation>
    </message>
    <message>
        <source>Hollow markers are the gross margin outlook from the previous quarter&apos;s release.</source>
        <translation>空心标记为上一季度财报新闻稿给出的毛利率展望。</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>会计年度</translation>
    </message>
    <message>
        <source>%1, by fiscal year</source>
        <translation>%1（按会计年度）</translation>
    </message>
    <message>
        <source>Gross margin guided on the calls</source>
        <translation>法说会上的毛利率财测</translation>
    </message>
</context>
<context>
    <name>MarkQuestionCommand</name>
    <message>
        <source>Clear the mark of Q%1</source>
        <translation>清除 Q%1 的标记</translation>
    </message>
    <message>
        <source>Mark Q%1 &quot;%2&quot;</source>
        <translation>将 Q%1 标记为「%2」</translation>
    </message>
    <message>
        <source>Could not clear the mark of Q%1</source>
        <translation>无法清除 Q%1 的标记</translation>
    </message>
    <message>
        <source>Could not mark Q%1 &quot;%2&quot;</source>
        <translation>无法将 Q%1 标记为“%2”</translation>
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Data center revenue</source>
        <translation>数据中心营收</translation>
    </message>
    <message>
        <source>Data center compute revenue</source>
        <translation>数据中心运算营收</translation>
    </message>
    <message>
        <source>Data center networking revenue</source>
        <translation>数据中心网络营收</translation>
    </message>
    <message>
        <source>Gaming revenue</source>
        <translation>游戏营收</translation>
    </message>
    <message>
        <source>GAAP gross margin</source>
        <translation>GAAP 毛利率</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin</source>
        <translation>非 GAAP 毛利率</translation>
    </message>
    <message>
        <source>GAAP net income</source>
        <translation>GAAP 净利</translation>
    </message>
    <message>
        <source>GAAP diluted EPS</source>
        <translation>GAAP 稀释每股盈余</translation>
    </message>
    <message>
        <source>Revenue outlook for the next quarter</source>
        <translation>下一季营收财测</translation>
    </message>
    <message>
        <source>GAAP gross margin outlook for the next quarter</source>
        <translation>下一季 GAAP 毛利率财测</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin outlook for the next quarter</source>
        <translation>下一季非 GAAP 毛利率财测</translation>
    </message>
    <message>
        <source>Blackwell revenue</source>
        <translation>Blackwell 营收</translation>
    </message>
    <message>
        <source>Blackwell share of data center compute</source>
        <translation>Blackwell 占数据中心运算营收比重</translation>
    </message>
    <message>
        <source>Blackwell sequential growth</source>
        <translation>Blackwell 季增率</translation>
    </message>
    <message>
        <source>Blackwell product mix</source>
        <translation>Blackwell 产品组合</translation>
    </message>
    <message>
        <source>Blackwell outlook statement</source>
        <translation>Blackwell 展望说明</translation>
    </message>
    <message>
        <source>the company &quot;%1&quot; is not a ticker (capital letters, digits, dots)</source>
        <translation>公司「%1」不是股票代号(须为大写字母、数字、句点)</translation>
    </message>
    <message>
        <source>the fiscal quarter is not valid (expected FY2025Q4)</source>
        <translation>财季无效(格式应为 FY2025Q4)</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>未知的指针「%1」</translation>
    </message>
    <message>
        <source>the unit of %1 is &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1 的单位是「%2」,而非「%3」</translation>
    </message>
    <message>
        <source>%1 is a statement and takes no value</source>
        <translation>%1 为文本说明,不接受数值</translation>
    </message>
    <message>
        <source>%1 is a statement and needs its text</source>
        <translation>%1 为文本说明,需要填入内容</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要数值</translation>
    </message>
    <message>
        <source>the value of %1 is not a finite number</source>
        <translation>%1 的值不是有限数字</translation>
    </message>
    <message>
        <source>GAAP gross profit</source>
        <translation>GAAP 毛利</translation>
    </message>
    <message>
        <source>GAAP operating income</source>
        <translation>GAAP 营业利润</translation>
    </message>
    <message>
        <source>Share price at the close</source>
        <translation>收盘股价</translation>
    </message>
    <message>
        <source>Revenue, fiscal year</source>
        <translation>营收（会计年度）</translation>
    </message>
    <message>
        <source>GAAP gross profit, fiscal year</source>
        <translation>GAAP 毛利（会计年度）</translation>
    </message>
    <message>
        <source>GAAP gross margin, fiscal year</source>
        <translation>GAAP 毛利率（会计年度）</translation>
    </message>
    <message>
        <source>GAAP operating income, fiscal year</source>
        <translation>GAAP 营业利润（会计年度）</translation>
    </message>
    <message>
        <source>GAAP net income, fiscal year</source>
        <translation>GAAP 净利润（会计年度）</translation>
    </message>
    <message>
        <source>GAAP diluted EPS, fiscal year</source>
        <translation>GAAP 稀释每股收益（会计年度）</translation>
    </message>
</context>
<context>
    <name>MetricRepository</name>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>NameMap</name>
    <message>
        <source>Cannot read the name map %1: %2</source>
        <translation>无法读取名称对照表 %1：%2</translation>
    </message>
    <message>
        <source>Name map %1: %2</source>
        <translation>名称对照表 %1：%2</translation>
    </message>
    <message>
        <source>expected an object with an &quot;entries&quot; list</source>
        <translation>应为含有“entries”列表的对象</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Prepared remarks</source>
        <translation>开场演示文稿</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答 (Q&amp;A)</translation>
    </message>
    <message>
        <source>analyst not named</source>
        <translation>未具名分析师</translation>
    </message>
    <message>
        <source>Question %1, asked by %2</source>
        <translation>问题 %1,提问者:%2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>NumberClaimModel</name>
    <message>
        <source>%1, growth year on year</source>
        <translation>%1，年增率</translation>
    </message>
    <message>
        <source>%1, growth on the quarter before</source>
        <translation>%1，季增率</translation>
    </message>
    <message>
        <source>%1, outlook given a quarter before</source>
        <translation>%1，前一季提出的财测</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Differs: %1 below the figure</source>
        <translation>不符：比数据低 %1</translation>
    </message>
    <message>
        <source>Differs: %1 above the figure</source>
        <translation>不符：比数据高 %1</translation>
    </message>
    <message>
        <source>No figure to compare</source>
        <translation>没有可比较的数据</translation>
    </message>
    <message>
        <source>Computed from the stored figures</source>
        <translation>由数据库中的数据计算</translation>
    </message>
    <message>
        <source>Computed from the stored figures; source: %1</source>
        <translation>由数据库中的数据计算；来源：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>About</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
</context>
<context>
    <name>PairBadges</name>
    <message>
        <source>Not in the translation</source>
        <translation>译文中没有</translation>
    </message>
    <message>
        <source>Not in the original</source>
        <translation>原文中没有</translation>
    </message>
    <message>
        <source>Translation is %1% of the original&apos;s length</source>
        <translation>译文长度为原文的 %1%</translation>
    </message>
    <message numerus="yes">
        <source>Numbers differ (%n)</source>
        <translation>
            <numerusform>数字不同（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on one side only</source>
        <translation>
            <numerusform>%n 个数字只在一边</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairCallsCommand</name>
    <message>
        <source>Unpair Calls</source>
        <translation>取消配对法说会</translation>
    </message>
    <message>
        <source>Pair Calls</source>
        <translation>配对法说会</translation>
    </message>
    <message>
        <source>the two calls are not paired</source>
        <translation>这两场法说会并未配对</translation>
    </message>
    <message>
        <source>Could not pair the calls</source>
        <translation>无法配对这两场法说会</translation>
    </message>
    <message>
        <source>Could not unpair the calls</source>
        <translation>无法取消配对这两场法说会</translation>
    </message>
</context>
<context>
    <name>PairChooserDialog</name>
    <message>
        <source>same company</source>
        <translation>同一家公司</translation>
    </message>
    <message>
        <source>same period</source>
        <translation>同一期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>相隔 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Read Side by Side</source>
        <translation>并排阅读</translation>
    </message>
    <message>
        <source>Read “%1” beside:</source>
        <translation>将“%1”与下列法说会并排阅读：</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>其他法说会</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>已配对</translation>
    </message>
</context>
<context>
    <name>PairNumbersModel</name>
    <message>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>One side only</source>
        <translation>只在一边</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Side A</source>
        <translation>A 边</translation>
    </message>
    <message>
        <source>Side B</source>
        <translation>B 边</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>比对</translation>
    </message>
</context>
<context>
    <name>PairedNavigatorModel</name>
    <message>
        <source>Q%1 ↔ Q%2</source>
        <translation>Q%1 ↔ Q%2</translation>
    </message>
    <message>
        <source>Q%1 — no counterpart</source>
        <translation>Q%1 — 无对应</translation>
    </message>
</context>
<context>
    <name>PairedNotes</name>
    <message>
        <source>Notes of %1 and %2</source>
        <translation>%1 与 %2 的注记</translation>
    </message>
    <message>
        <source>Q%1 ↔ Q%2</source>
        <translation>Q%1 ↔ Q%2</translation>
    </message>
    <message>
        <source>Q%1 — no counterpart</source>
        <translation>Q%1 — 无对应</translation>
    </message>
    <message>
        <source>Q%1 of %2 — no counterpart</source>
        <translation>%2 的 Q%1 — 无对应</translation>
    </message>
    <message>
        <source>Outside the questions</source>
        <translation>问题以外</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>In %1 (%2):</source>
        <translation>在 %1 中（%2）：</translation>
    </message>
    <message>
        <source>No counterpart in %1.</source>
        <translation>%1 中没有对应的段落。</translation>
    </message>
    <message>
        <source>Neither call has notes.</source>
        <translation>两场法说会都没有注记。</translation>
    </message>
</context>
<context>
    <name>PairedReadingPane</name>
    <message>
        <source>paired by hand</source>
        <translation>手动配对</translation>
    </message>
    <message>
        <source>Scroll to a question to see its pairing</source>
        <translation>滚动到一个问题即可看到它的配对</translation>
    </message>
    <message>
        <source>Q%1 ↔ Q%2 · paired by hand</source>
        <translation>Q%1 ↔ Q%2 · 手动配对</translation>
    </message>
    <message>
        <source>Q%1 ↔ Q%2 · %3% sure</source>
        <translation>Q%1 ↔ Q%2 · 置信度 %3%</translation>
    </message>
    <message>
        <source>Q%1 of the left column has no counterpart</source>
        <translation>左栏的 Q%1 没有对应问题</translation>
    </message>
    <message>
        <source>Q%1 of the right column has no counterpart</source>
        <translation>右栏的 Q%1 没有对应问题</translation>
    </message>
    <message>
        <source>✎ Notes: %1 left, %2 right</source>
        <translation>✎ 注记：左栏 %1 条，右栏 %2 条</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左栏</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右栏</translation>
    </message>
    <message>
        <source>Numbers of this question on both sides</source>
        <translation>这个问题两边的数字</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Pair Q%1 with Q%2</source>
        <translation>将第 %1 题与第 %2 题配对</translation>
    </message>
    <message>
        <source>No Counterpart</source>
        <translation>无对应问题</translation>
    </message>
    <message>
        <source>Pair Automatically</source>
        <translation>自动配对</translation>
    </message>
    <message>
        <source>Re-pair Question</source>
        <translation>重新配对问题</translation>
    </message>
    <message>
        <source>Pair this question of the left column with another of the right, or with none</source>
        <translation>将左栏的这个问题与右栏的另一个问题配对，或设为无对应</translation>
    </message>
    <message>
        <source>Back to Single Reading</source>
        <translation>回到单篇阅读</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>Left column: %1</source>
        <translation>左栏：%1</translation>
    </message>
    <message>
        <source>Right column: %1</source>
        <translation>右栏：%1</translation>
    </message>
    <message>
        <source>Highlight Selection</source>
        <translation>萤光标记选取范围</translation>
    </message>
    <message>
        <source>Highlight the selected text; the other column marks it on the paired question</source>
        <translation>以萤光标记选取的文字；另一栏会在配对的问题上标示</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No counterpart: right %1</source>
        <translation>无对应：右栏 %1</translation>
    </message>
    <message>
        <source>No counterpart: left %1</source>
        <translation>无对应：左栏 %1</translation>
    </message>
    <message>
        <source>No counterpart: left %1; right %2</source>
        <translation>无对应：左栏 %1；右栏 %2</translation>
    </message>
</context>
<context>
    <name>PairingController</name>
    <message>
        <source>Open a call to read it beside another.</source>
        <translation>请先打开一场法说会，才能与另一场并排阅读。</translation>
    </message>
    <message>
        <source>Call %1 is not in the library.</source>
        <translation>数据库中没有法说会 %1。</translation>
    </message>
    <message>
        <source>“%1” and “%2” look like different events: their questions share little (confidence %3%)%4.</source>
        <translation>“%1”与“%2”看来是不同的活动：两者的问题少有共同之处（置信度 %3%）%4。</translation>
    </message>
    <message>
        <source>, and they are calls of different companies</source>
        <translation>，而且是不同公司的法说会</translation>
    </message>
    <message>
        <source>Read Side by Side</source>
        <translation>并排阅读</translation>
    </message>
    <message>
        <source>Pair them anyway?</source>
        <translation>仍要配对吗？</translation>
    </message>
    <message>
        <source>Read Side &amp;by Side…</source>
        <translation>并排阅读(&amp;B)…</translation>
    </message>
    <message>
        <source>Read the open call beside another version of it, such as a translation, question by question</source>
        <translation>将打开的法说会与它的另一个版本（例如译文）逐题并排阅读</translation>
    </message>
    <message>
        <source>Back to Single Rea&amp;ding</source>
        <translation>回到单篇阅读(&amp;D)</translation>
    </message>
    <message>
        <source>Read the open call alone again</source>
        <translation>再次单独阅读打开的法说会</translation>
    </message>
    <message>
        <source>&amp;Unpair Calls</source>
        <translation>取消配对法说会(&amp;U)</translation>
    </message>
    <message>
        <source>Stop treating the two calls read side by side as versions of one event</source>
        <translation>不再将并排阅读的两场法说会视为同一活动的不同版本</translation>
    </message>
    <message>
        <source>Export Notes of Both Calls</source>
        <translation>导出两场法说会的注记</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Notes of both calls written to %1</source>
        <translation>两场法说会的注记已写入 %1</translation>
    </message>
    <message>
        <source>Export Notes of &amp;Both Calls…</source>
        <translation>导出两场法说会的注记(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the notes of the two calls read side by side as Markdown, each with its counterpart&apos;s text</source>
        <translation>将并排阅读的两场法说会的注记存成 Markdown，每条注记附上另一边对应段落的文字</translation>
    </message>
</context>
<context>
    <name>ProductDisclosureDialog</name>
    <message>
        <source>Add Product Disclosure for %1</source>
        <translation>添加 %1 的产品揭露</translation>
    </message>
    <message>
        <source>a product&apos;s name, e.g. Rubin</source>
        <translation>产品名称，例如 Rubin</translation>
    </message>
    <message>
        <source>Disclosed by the company</source>
        <translation>公司已揭露</translation>
    </message>
    <message>
        <source>Estimate (not disclosed)</source>
        <translation>估计值（未揭露）</translation>
    </message>
    <message>
        <source>what was said, in the company&apos;s words</source>
        <translation>公司的原话</translation>
    </message>
    <message>
        <source>the call, release or filing; for an estimate, what it is based on</source>
        <translation>电话会议、新闻稿或申报文件；估计值则写明依据</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>原话(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>a statement has no value</source>
        <translation>陈述没有数值</translation>
    </message>
    <message>
        <source>US$ millions, e.g. 11000</source>
        <translation>百万美元，例如 11000</translation>
    </message>
    <message>
        <source>percent, e.g. 17</source>
        <translation>百分比，例如 17</translation>
    </message>
</context>
<context>
    <name>ProductRamp</name>
    <message>
        <source>Revenue (US$ millions)</source>
        <translation>营收（百万美元）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Sequential growth (%)</source>
        <translation>环比增长（%）</translation>
    </message>
    <message>
        <source>Statement (text only)</source>
        <translation>陈述（仅文字）</translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation>%1 营收</translation>
    </message>
    <message>
        <source>%1 share of revenue</source>
        <translation>%1 占营收比重</translation>
    </message>
    <message>
        <source>%1 sequential growth</source>
        <translation>%1 环比增长</translation>
    </message>
    <message>
        <source>%1 statement</source>
        <translation>%1 陈述</translation>
    </message>
    <message>
        <source>“%1” is not a product name: up to %2 letters, digits, spaces and . + - /</source>
        <translation>“%1”不是有效的产品名称：最多 %2 个字母、数字、空格及 . + - /</translation>
    </message>
    <message>
        <source>the fiscal quarter is not valid (expected FY2026Q1)</source>
        <translation>财季无效（格式应如 FY2026Q1）</translation>
    </message>
    <message>
        <source>a statement needs the words that were said</source>
        <translation>陈述需要填写原话</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation>%1 需要数字</translation>
    </message>
    <message>
        <source>say what the estimate is based on, as its source</source>
        <translation>请在来源中写明估计值的依据</translation>
    </message>
    <message>
        <source>say where it was disclosed (the call, release or filing), as its source</source>
        <translation>请在来源中写明揭露出处（电话会议、新闻稿或申报文件）</translation>
    </message>
</context>
<context>
    <name>ProductRampChartBuilder</name>
    <message>
        <source>Product ramp</source>
        <translation>产品放量</translation>
    </message>
    <message>
        <source>no product disclosures for %1; Add Disclosure… in the Figures panel adds a product&apos;s revenue, share, growth or statement with its source, and File &gt; Import Financials… reads them from CSV</source>
        <translation>%1 没有产品揭露数据；可用“数据”面板的“添加揭露…”加入产品的营收、占比、增长率或陈述并注明来源，或用“文件 &gt; 导入财务数据…”从 CSV 读入</translation>
    </message>
    <message>
        <source>%1 %2 ramp: what was disclosed, next to data center compute revenue</source>
        <translation>%1 %2 放量：已揭露内容，对照数据中心运算营收</translation>
    </message>
    <message>
        <source>%1 %2 ramp: what was disclosed, next to the company&apos;s revenue</source>
        <translation>%1 %2 放量：已揭露内容，对照公司营收</translation>
    </message>
    <message>
        <source>Filled: disclosed. Hollow: estimate (derived from disclosures, or entered by you), not a reported figure. Blank: not disclosed.</source>
        <translation>实心：已揭露。空心：估计值（由揭露信息推算或由您输入），并非公布的数据。空白：未揭露。</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>财季</translation>
    </message>
    <message>
        <source>Revenue (US$ billions)</source>
        <translation>营收（十亿美元）</translation>
    </message>
    <message>
        <source>Data center compute revenue</source>
        <translation>数据中心运算营收</translation>
    </message>
    <message>
        <source>Company revenue</source>
        <translation>公司营收</translation>
    </message>
    <message>
        <source>%1 revenue, disclosed</source>
        <translation>%1 营收（已揭露）</translation>
    </message>
    <message>
        <source>%1 revenue, estimate</source>
        <translation>%1 营收（估计值）</translation>
    </message>
    <message>
        <source>Disclosed without a dollar figure</source>
        <translation>已揭露，但无金额</translation>
    </message>
    <message>
        <source>Disclosed figure, as stated by the company.</source>
        <translation>已揭露数据，依公司公布内容。</translation>
    </message>
    <message>
        <source>%1 disclosed</source>
        <translation>已揭露 %1</translation>
    </message>
    <message>
        <source>Estimate, not a disclosed figure.</source>
        <translation>估计值，并非已揭露数据。</translation>
    </message>
    <message>
        <source>≈%1 est.</source>
        <translation>≈%1（估）</translation>
    </message>
    <message>
        <source>%1 revenue ≈ %2: an estimate derived here, NOT a disclosed figure.</source>
        <translation>%1 营收 ≈ %2：此为本程序推算的估计值，并非已揭露数据。</translation>
    </message>
    <message>
        <source>Computed: %1 (the previous quarter&apos;s value) grown by the disclosed %2%.</source>
        <translation>计算方式：%1（上一季数值）依已揭露的 %2% 成长推算。</translation>
    </message>
    <message>
        <source>Computed: the disclosed %1% share times %2 %3.</source>
        <translation>计算方式：已揭露的 %1% 占比乘以%2 %3。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>~%1% of DC compute</source>
        <translation>约占数据中心运算 %1%</translation>
    </message>
    <message>
        <source>GB300 ~%1%</source>
        <translation>GB300 约 %1%</translation>
    </message>
    <message>
        <source>outlook</source>
        <translation>展望</translation>
    </message>
    <message>
        <source>~%1% of revenue</source>
        <translation>约占营收 %1%</translation>
    </message>
    <message>
        <source>+%1% q/q</source>
        <translation>季增 %1%</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Disclosed, without a dollar figure:</source>
        <translation>已揭露，但无金额：</translation>
    </message>
</context>
<context>
    <name>PutCalculator</name>
    <message>
        <source>The stock price must be more than zero.</source>
        <translation>股价必须大于零。</translation>
    </message>
    <message>
        <source>The strike must be more than zero.</source>
        <translation>行权价必须大于零。</translation>
    </message>
    <message>
        <source>The premium cannot be negative.</source>
        <translation>权利金不能为负数。</translation>
    </message>
    <message>
        <source>The premium must be less than the strike: nobody pays the whole strike for a put.</source>
        <translation>权利金必须小于行权价：没有人会用整个行权价去买一张认沽期权。</translation>
    </message>
    <message>
        <source>Sell at least one contract.</source>
        <translation>至少要卖出一张合约。</translation>
    </message>
    <message>
        <source>Fees cannot be negative.</source>
        <translation>手续费不能为负数。</translation>
    </message>
    <message>
        <source>The trade date is not a valid date.</source>
        <translation>交易日不是有效的日期。</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>到期日不是有效的日期。</translation>
    </message>
    <message>
        <source>The expiry date must be after the trade date.</source>
        <translation>到期日必须在交易日之后。</translation>
    </message>
    <message>
        <source>There is no trading day after the trade date up to expiry.</source>
        <translation>交易日之后到到期日之间没有任何交易日。</translation>
    </message>
    <message>
        <source>The implied volatility must be more than zero, or left out.</source>
        <translation>隐含波动率必须大于零，或者不填。</translation>
    </message>
    <message>
        <source>The risk-free rate must be a number above −100%.</source>
        <translation>无风险利率必须是大于 −100% 的数字。</translation>
    </message>
    <message>
        <source>The stock price to try cannot be negative.</source>
        <translation>试算的股价不能为负数。</translation>
    </message>
    <message>
        <source>The date to try must lie from the trade date to expiry.</source>
        <translation>试算的日期必须介于交易日与到期日之间。</translation>
    </message>
    <message>
        <source>Days to expiry</source>
        <translation>距到期天数</translation>
    </message>
    <message>
        <source>calendar days from %1 to %2 = %3</source>
        <translation>从 %1 到 %2 的自然日 = %3</translation>
    </message>
    <message>
        <source>weekdays after %1 up to %2 = %3 (exchange holidays are not counted)</source>
        <translation>%1 之后到 %2 为止的工作日 = %3（未扣除交易所假日）</translation>
    </message>
    <message>
        <source>Premium received</source>
        <translation>收到的权利金</translation>
    </message>
    <message>
        <source>premium × 100 × contracts = %1 × 100 × %2 = %3</source>
        <translation>权利金 × 100 × 合约数 = %1 × 100 × %2 = %3</translation>
    </message>
    <message>
        <source>Premium after fees</source>
        <translation>扣除手续费后的权利金</translation>
    </message>
    <message>
        <source>premium received − fees = %1 − %2 = %3</source>
        <translation>收到的权利金 − 手续费 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>Cash collateral</source>
        <translation>现金担保</translation>
    </message>
    <message>
        <source>strike × 100 × contracts = %1 × 100 × %2 = %3</source>
        <translation>行权价 × 100 × 合约数 = %1 × 100 × %2 = %3</translation>
    </message>
    <message>
        <source>Breakeven at expiry</source>
        <translation>到期盈亏平衡点</translation>
    </message>
    <message>
        <source>strike − premium after fees per share = %1 − %2 = %3</source>
        <translation>行权价 − 每股扣费后权利金 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>Effective purchase price if assigned</source>
        <translation>被指派行权时的实际买入价</translation>
    </message>
    <message>
        <source>you pay the strike and keep the premium: %1 − %2 = %3 a share</source>
        <translation>付出行权价、留下权利金：%1 − %2 = 每股 %3</translation>
    </message>
    <message>
        <source>Strike below the price</source>
        <translation>行权价低于股价</translation>
    </message>
    <message>
        <source>(price − strike) ÷ price = (%1 − %2) ÷ %1 = %3</source>
        <translation>（股价 − 行权价）÷ 股价 = (%1 − %2) ÷ %1 = %3</translation>
    </message>
    <message>
        <source>Return on collateral</source>
        <translation>担保金收益率</translation>
    </message>
    <message>
        <source>premium after fees ÷ collateral = %1 ÷ %2 = %3</source>
        <translation>扣费后权利金 ÷ 现金担保 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>Annualised yield</source>
        <translation>年化收益率</translation>
    </message>
    <message>
        <source>return on collateral × %1 ÷ days = %2 × %1 ÷ %3 = %4 (%5)</source>
        <translation>担保金收益率 × %1 ÷ 天数 = %2 × %1 ÷ %3 = %4（%5）</translation>
    </message>
    <message>
        <source>Profit or loss at expiry with the stock at %1</source>
        <translation>到期时股价为 %1 的盈亏</translation>
    </message>
    <message>
        <source>premium after fees − max(strike − stock, 0) × shares = %1 − max(%2 − %3, 0) × %4 = %5</source>
        <translation>扣费后权利金 − max(行权价 − 股价, 0) × 股数 = %1 − max(%2 − %3, 0) × %4 = %5</translation>
    </message>
    <message>
        <source>Maximum loss</source>
        <translation>最大亏损</translation>
    </message>
    <message>
        <source>if the stock went to zero: collateral − premium after fees = %1 − %2 = %3</source>
        <translation>若股价跌到零：现金担保 − 扣费后权利金 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>needs an implied volatility</source>
        <translation>需要隐含波动率</translation>
    </message>
    <message>
        <source>Probability of assignment at expiry</source>
        <translation>到期被指派行权的概率</translation>
    </message>
    <message>
        <source>N(−d2) under Black-Scholes, which needs an implied volatility σ</source>
        <translation>Black-Scholes 模型下的 N(−d2)，需要隐含波动率 σ</translation>
    </message>
    <message>
        <source>Black-Scholes value of the put</source>
        <translation>认沽期权的 Black-Scholes 理论价值</translation>
    </message>
    <message>
        <source>K·e^(−rT)·N(−d2) − S·N(−d1), which needs an implied volatility σ</source>
        <translation>K·e^(−rT)·N(−d2) − S·N(−d1)，需要隐含波动率 σ</translation>
    </message>
    <message>
        <source>N(−d2), d2 = [ln(S/K) + (r − σ²/2)·T] ÷ (σ·√T) = [ln(%1/%2) + (%3 − %4²/2)·%5] ÷ (%4·√%5) = %6; N(%7) = %8</source>
        <translation>N(−d2)，d2 = [ln(S/K) + (r − σ²/2)·T] ÷ (σ·√T) = [ln(%1/%2) + (%3 − %4²/2)·%5] ÷ (%4·√%5) = %6；N(%7) = %8</translation>
    </message>
    <message>
        <source>K·e^(−rT)·N(−d2) − S·N(−d1), d1 = d2 + σ·√T = %1: %2 × e^(−%3 × %4) × %5 − %6 × %7 = %8 a share (the premium is %9)</source>
        <translation>K·e^(−rT)·N(−d2) − S·N(−d1)，d1 = d2 + σ·√T = %1：%2 × e^(−%3 × %4) × %5 − %6 × %7 = 每股 %8（权利金为 %9）</translation>
    </message>
    <message>
        <source>Profit or loss on %1 with the stock at %2</source>
        <translation>%1 股价为 %2 时的盈亏</translation>
    </message>
    <message>
        <source>premium after fees − Black-Scholes put value × shares, with %1 days left = %2 − %3 × %4 = %5</source>
        <translation>扣费后权利金 − Black-Scholes 认沽期权价值 × 股数，剩 %1 天 = %2 − %3 × %4 = %5</translation>
    </message>
    <message>
        <source>Black-Scholes: the stock&apos;s price is lognormal with a constant volatility σ; no dividends.</source>
        <translation>Black-Scholes：股价服从对数正态分布，波动率 σ 恒定；不计股息。</translation>
    </message>
    <message>
        <source>European exercise: assignment only at expiry, although a US stock option can be assigned any day before.</source>
        <translation>欧式行权：只在到期日被指派，但美股期权在到期前任何一天都可能被指派。</translation>
    </message>
    <message>
        <source>The probability is risk-neutral, N(−d2): what the option price implies, not a forecast.</source>
        <translation>此概率是风险中性的 N(−d2)：是期权价格所隐含的，并非预测。</translation>
    </message>
    <message>
        <source>Time T = days ÷ %1 (%2).</source>
        <translation>时间 T = 天数 ÷ %1（%2）。</translation>
    </message>
    <message>
        <source>Risk-free rate r = %1, continuously compounded.</source>
        <translation>无风险利率 r = %1，连续复利。</translation>
    </message>
    <message>
        <source>Risk-free rate r = 0% (none given).</source>
        <translation>无风险利率 r = 0%（未提供）。</translation>
    </message>
    <message>
        <source>Fees are taken from the premium; taxes and interest on the collateral are left out.</source>
        <translation>手续费从权利金中扣除；不计税费及担保现金的利息。</translation>
    </message>
    <message>
        <source>trading days, 252 a year; holidays are not counted</source>
        <translation>交易日，一年 252 天；未扣除假日</translation>
    </message>
    <message>
        <source>calendar days, 365 a year</source>
        <translation>自然日，一年 365 天</translation>
    </message>
</context>
<context>
    <name>PutCalculatorPane</name>
    <message>
        <source>Export Payoff Chart</source>
        <translation>导出盈亏图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export to %1: the chart could not be drawn</source>
        <translation>无法导出到 %1：无法绘制图表</translation>
    </message>
    <message>
        <source>Sell a Put</source>
        <translation>卖出认沽试算</translation>
    </message>
    <message>
        <source>Work out selling a put: premium, collateral, breakeven, yield and probability, with the formulas</source>
        <translation>试算卖出认沽期权：权利金、现金担保、盈亏平衡点、收益率与概率，附公式</translation>
    </message>
    <message>
        <source>The trade</source>
        <translation>交易内容</translation>
    </message>
    <message>
        <source>Stock price</source>
        <translation>股价</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>行权价</translation>
    </message>
    <message>
        <source>Premium per share</source>
        <translation>每股权利金</translation>
    </message>
    <message>
        <source>Trade date</source>
        <translation>交易日</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Contracts (100 shares each)</source>
        <translation>合约数（每张 100 股）</translation>
    </message>
    <message>
        <source>Fees, whole trade</source>
        <translation>手续费（整笔交易）</translation>
    </message>
    <message>
        <source>Implied volatility</source>
        <translation>隐含波动率</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>无风险利率</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>天数算法</translation>
    </message>
    <message>
        <source>Calendar days, 365 a year</source>
        <translation>自然日，一年 365 天</translation>
    </message>
    <message>
        <source>Trading days, 252 a year</source>
        <translation>交易日，一年 252 天</translation>
    </message>
    <message>
        <source>What if the stock is at</source>
        <translation>试算：股价若为</translation>
    </message>
    <message>
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Or click in the chart to move the marker</source>
        <translation>也可以在图上点一下移动标记</translation>
    </message>
    <message>
        <source>What it comes to</source>
        <translation>试算结果</translation>
    </message>
    <message>
        <source>Show the formulas</source>
        <translation>显示公式</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>What selling this put means</source>
        <translation>卖出这个认沽期权意味着什么</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Use the library&apos;s close: %1 on %2</source>
        <translation>使用资料库中的收盘价：%2 收盘 %1</translation>
    </message>
    <message>
        <source>A figure of the library, quoted from the built-in article, not a market feed: “%1” (source: %2)</source>
        <translation>资料库中的数据，引自内置文章，并非市场行情：“%1”（来源：%2）</translation>
    </message>
    <message>
        <source>No share price close in the library</source>
        <translation>资料库中没有收盘股价</translation>
    </message>
    <message>
        <source>The library has no share price close for this company to fill in.</source>
        <translation>资料库中没有这家公司的收盘股价可填入。</translation>
    </message>
</context>
<context>
    <name>PutExplanation</name>
    <message>
        <source>Selling %1 put contract(s) at a strike of %2, you collect %3 now (%4 after fees). In return you promise to buy %5 shares at %2 each, %6 in all, if the buyer exercises, whatever the stock is worth then: keep that cash aside until %7. If the stock stays above %2, the put expires unused and the premium is yours: %8 on the cash set aside, %9 a year counting %10. If you are assigned, you own the shares at %11 each; below that price at expiry the trade loses money, and if the stock went to zero you would lose %12.</source>
        <translation>卖出 %1 张行权价 %2 的认沽期权，你现在收到 %3 权利金（扣除手续费后 %4）。代价是：只要买方行权，不论届时股价多少，你都必须以每股 %2 买入 %5 股，共 %6，所以在 %7 之前要把这笔现金留着。如果股价一直维持在 %2 之上，这个认沽期权到期作废，权利金就归你：相当于担保现金的 %8，按%10计算，年化 %9。如果被指派行权，你等于以每股 %11 买到股票；到期时股价低于这个价格就会亏损，若股价跌到零，你会亏损 %12。</translation>
    </message>
    <message>
        <source>Buying 100 shares and selling a call at the same strike (%1) and expiry is, by put-call parity, close to selling this put: stock − call = cash − put, where the cash is the strike discounted to today. Both collect a premium, keep the gain above the strike for someone else, and lose nearly dollar for dollar as the stock falls; they differ by dividends and early exercise.</source>
        <translation>买入 100 股再卖出同一行权价（%1）、同一到期日的认购期权（备兑开仓），根据认沽认购平价关系，和卖出这个认沽期权相当接近：股票 − 认购 = 现金 − 认沽，其中现金是行权价折现到今天的金额。两者都先收权利金、把行权价以上的涨幅让给别人，股价下跌时几乎一块钱亏一块钱；区别在于股息与提前行权。</translation>
    </message>
</context>
<context>
    <name>PutJson</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;call&quot; is not a call id</source>
        <translation>“call”不是法说会编号</translation>
    </message>
    <message>
        <source>&quot;day_basis&quot; is &quot;%1&quot;, not calendar or trading</source>
        <translation>“day_basis”为“%1”，不是 calendar 或 trading</translation>
    </message>
    <message>
        <source>&quot;inputs&quot; is missing</source>
        <translation>缺少“inputs”</translation>
    </message>
    <message>
        <source>&quot;contracts&quot; is not a whole number of contracts</source>
        <translation>“contracts”不是整数张数</translation>
    </message>
</context>
<context>
    <name>PutPayoff</name>
    <message>
        <source>Selling %1 × %2 put, expiring %3</source>
        <translation>卖出 %1 张行权价 %2 的认沽期权，%3 到期</translation>
    </message>
    <message>
        <source>At expiry (%1)</source>
        <translation>到期时（%1）</translation>
    </message>
    <message>
        <source>On %1, at σ %2 (Black-Scholes)</source>
        <translation>%1，σ %2（Black-Scholes）</translation>
    </message>
    <message>
        <source>Stock at %1 on %2: %3</source>
        <translation>%2 股价 %1：%3</translation>
    </message>
</context>
<context>
    <name>PutPayoffChartView</name>
    <message>
        <source>Payoff chart: %1; click to move the marker</source>
        <translation>盈亏图：%1；点一下可移动标记</translation>
    </message>
    <message>
        <source>Strike %1</source>
        <translation>行权价 %1</translation>
    </message>
    <message>
        <source>Breakeven %1</source>
        <translation>盈亏平衡点 %1</translation>
    </message>
    <message>
        <source>Stock price (US$)</source>
        <translation>股价（美元）</translation>
    </message>
    <message>
        <source>Seller&apos;s profit or loss (US$)</source>
        <translation>卖方盈亏（美元）</translation>
    </message>
</context>
<context>
    <name>PutScenarioBar</name>
    <message>
        <source>%1 put, %2 premium, expiring %3</source>
        <translation>%1 认沽，权利金 %2，%3 到期</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Open a call first</source>
        <translation>请先打开法说会</translation>
    </message>
    <message>
        <source>Saved with this call</source>
        <translation>随此法说会保存的试算</translation>
    </message>
    <message>
        <source>Name of the scenario (optional)</source>
        <translation>试算情景名称（可省略）</translation>
    </message>
    <message>
        <source>Name of the scenario to save</source>
        <translation>要保存的试算情景名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save these inputs with the open call; Undo takes it back</source>
        <translation>将这些输入随当前法说会保存；可用“复原”撤回</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>已保存的试算情景</translation>
    </message>
    <message>
        <source>Scenarios saved with the open call; choose one to bring its inputs back</source>
        <translation>随当前法说会保存的试算情景；选择一个即可带回其输入</translation>
    </message>
</context>
<context>
    <name>PutScenarioRepository</name>
    <message>
        <source>put scenario %1 does not exist</source>
        <translation>卖出认沽试算情景 %1 不存在</translation>
    </message>
</context>
<context>
    <name>QuestionMarkModel</name>
    <message>
        <source>analyst not named</source>
        <translation>未具名分析师</translation>
    </message>
    <message>
        <source>Rating from 1 to 5; 0 clears it</source>
        <translation>评分 1 到 5;0 表示清除</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>提问者</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>ReimportController</name>
    <message>
        <source>&amp;Re-import Transcript…</source>
        <translation>重新导入逐字稿(&amp;M)…</translation>
    </message>
    <message>
        <source>Replace the open call&apos;s text with a corrected file; annotations are placed again by their quotes</source>
        <translation>以修正后的文件取代目前法说会的文本；注记会依其引文重新定位</translation>
    </message>
    <message>
        <source>Re-import Transcript of &quot;%1&quot;</source>
        <translation>重新导入「%1」的逐字稿</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>逐字稿 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 has the same text as the call; nothing changed.</source>
        <translation>%1 与法说会的文本相同；未做任何变更。</translation>
    </message>
    <message>
        <source>Text replaced: %1 annotations in place, %2 moved, %3 not placed.</source>
        <translation>已取代文本：%1 则注记位置不变，%2 则已移动，%3 则未定位。</translation>
    </message>
    <message>
        <source>Re-import Transcript</source>
        <translation>重新导入逐字稿</translation>
    </message>
    <message>
        <source>These quotes are no longer in the text. Their annotations are kept and listed in the Annotations panel as &quot;not placed&quot;:</source>
        <translation>下列引文已不在文本中。其注记仍会保留，并在「注记」面板中列为「未定位」：</translation>
    </message>
    <message>
        <source>Structure edits: %1 made again, %2 dropped.</source>
        <translation>结构修正：%1 项已重新套用，%2 项已舍弃。</translation>
    </message>
    <message>
        <source>These corrections of the structure were made on text that is no longer in the call, and were dropped:</source>
        <translation>以下结构修正所依据的文字已不在这场法说会中，因此已舍弃：</translation>
    </message>
</context>
<context>
    <name>RepairQuestionCommand</name>
    <message>
        <source>Let the aligner pair Q%1</source>
        <translation>让系统自动配对第 %1 题</translation>
    </message>
    <message>
        <source>Mark Q%1 as having no counterpart</source>
        <translation>将第 %1 题标示为没有对应的问题</translation>
    </message>
    <message>
        <source>Pair Q%1 with Q%2</source>
        <translation>将第 %1 题与第 %2 题配对</translation>
    </message>
    <message>
        <source>Could not re-pair Q%1</source>
        <translation>无法重新配对 Q%1</translation>
    </message>
</context>
<context>
    <name>RevenueChartBuilder</name>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>%1 quarterly revenue: data center and the rest, with the outlook</source>
        <translation>%1 季度营收:数据中心与其他,并附财测</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>财季</translation>
    </message>
    <message>
        <source>Revenue (US$ billions)</source>
        <translation>营收（十亿美元）</translation>
    </message>
    <message>
        <source>Revenue growth, year over year (%)</source>
        <translation>营收年增率 (%)</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>Rest of revenue (computed)</source>
        <translation>其他营收 (计算值)</translation>
    </message>
    <message>
        <source>Growth, year over year (computed)</source>
        <translation>年增率 (计算值)</translation>
    </message>
    <message>
        <source>Outlook given a quarter earlier</source>
        <translation>前一季提出的财测</translation>
    </message>
    <message>
        <source>Revenue other than data center: %1 (computed: revenue %2 minus data center %3)</source>
        <translation>数据中心以外营收:%1 (计算方式:营收 %2 减数据中心 %3)</translation>
    </message>
    <message>
        <source>Revenue: %1 (data center not reported for this quarter)</source>
        <translation>营收:%1 (本季未公布数据中心营收)</translation>
    </message>
    <message>
        <source>Total revenue: %1</source>
        <translation>总营收:%1</translation>
    </message>
    <message>
        <source>Revenue growth year over year: %1 (computed: %2 against %3 in %4)</source>
        <translation>营收年增率:%1 (计算方式:%2 对比 %4 的 %3)</translation>
    </message>
    <message>
        <source>Revenue outlook for %1: %2, given in the %3 release</source>
        <translation>%1 营收财测:%2,于 %3 财报中提出</translation>
    </message>
    <message>
        <source>Actual: %1, %2 against the outlook (%3)</source>
        <translation>实际值:%1,相较财测 %2 (%3)</translation>
    </message>
    <message>
        <source>Actual: not reported yet</source>
        <translation>实际值:尚未公布</translation>
    </message>
    <message>
        <source>no revenue figures for %1 yet; File &gt; Import Financials… adds them from SEC company facts (.json) or CSV</source>
        <translation>尚无 %1 的营收数据；可用「文件 &gt; 导入财务数据…」从 SEC 公司事实数据（.json）或 CSV 加入</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>营收：%1</translation>
    </message>
    <message>
        <source>%1 quarterly revenue: data center and the rest</source>
        <translation>%1 季度营收：数据中心与其余部分</translation>
    </message>
    <message>
        <source>%1 quarterly revenue, with the outlook</source>
        <translation>%1 季度营收，含展望</translation>
    </message>
    <message>
        <source>%1 quarterly revenue</source>
        <translation>%1 季度营收</translation>
    </message>
    <message>
        <source>Other revenue is revenue minus data center.</source>
        <translation>其他营收为营收减数据中心营收。</translation>
    </message>
    <message>
        <source>Growth is computed from the reported figures.</source>
        <translation>增长率由报告数据计算。</translation>
    </message>
    <message>
        <source>The outlook is the one given in the previous quarter&apos;s release.</source>
        <translation>展望为上一季度财报新闻稿给出的数字。</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>会计年度</translation>
    </message>
    <message>
        <source>%1 annual revenue</source>
        <translation>%1 年度营收</translation>
    </message>
    <message>
        <source>Revenue guided on the calls</source>
        <translation>法说会上的营收财测</translation>
    </message>
</context>
<context>
    <name>ReviewGuidanceCommand</name>
    <message>
        <source>Restore the guidance on %1 for %2 as found</source>
        <translation>将 %2 的 %1 财测还原为撷取结果</translation>
    </message>
    <message>
        <source>Confirm the guidance on %1 for %2</source>
        <translation>确认 %2 的 %1 财测</translation>
    </message>
    <message>
        <source>Dismiss the guidance on %1 for %2</source>
        <translation>排除 %2 的 %1 财测</translation>
    </message>
    <message>
        <source>Edit the guidance on %1 for %2</source>
        <translation>编辑 %2 的 %1 财测</translation>
    </message>
    <message>
        <source>Could not review the guidance on %1</source>
        <translation>无法审阅 %1 的财测</translation>
    </message>
</context>
<context>
    <name>RoleStyle</name>
    <message>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>投资人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>页面杂项</translation>
    </message>
</context>
<context>
    <name>SampleFigures</name>
    <message>
        <source>the built-in resource %1 is missing</source>
        <translation>缺少内置资源 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected %3 fields</source>
        <translation>%1:%2: 应有 %3 个字段</translation>
    </message>
    <message>
        <source>%1:%2: bad fiscal quarter</source>
        <translation>%1:%2: 无效的财季</translation>
    </message>
    <message>
        <source>%1:%2: %3 is not a number</source>
        <translation>%1:%2: %3 不是数字</translation>
    </message>
    <message>
        <source>%1:%2: bad quarter or value</source>
        <translation>%1:%2: 无效的季度或数值</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: bad quarter, date or value</source>
        <translation>%1:%2: 季度、日期或数值有误</translation>
    </message>
</context>
<context>
    <name>SavePutScenarioCommand</name>
    <message>
        <source>Save put scenario &quot;%1&quot;</source>
        <translation>保存认沽试算情景“%1”</translation>
    </message>
    <message>
        <source>Could not save the put scenario &quot;%1&quot;</source>
        <translation>无法保存认沽试算情景“%1”</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation>无法更新搜索索引:%1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search in Chinese or English (毛利, 营收, Blackwell…)</source>
        <translation>以中文或英文搜索 (毛利、营收、Blackwell…)</translation>
    </message>
    <message>
        <source>Finds the text as typed, in Traditional or Simplified characters, ignoring case</source>
        <translation>依输入的文本寻找,繁简皆可,不分大小写</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>此法说会</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言者</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投资人</translation>
    </message>
    <message>
        <source>Only what speakers in this role said</source>
        <translation>只搜索此角色发言者所说的内容</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>所有段落</translation>
    </message>
    <message>
        <source>Only this part of each call</source>
        <translation>只搜索每场法说会的这个段落</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索文本</translation>
    </message>
    <message>
        <source>No call is open.</source>
        <translation>没有打开的法说会。</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败:%1</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>没有结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 笔结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n call(s)</source>
        <translation>
            <numerusform>分布于 %n 场法说会</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %1 are shown</source>
        <translation>仅显示前 %1 笔</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message numerus="yes">
        <source>%1 (%n hit(s))</source>
        <translation>
            <numerusform>%1 (%n 笔结果)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>Q%1 · %2</source>
        <translation>Q%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2, %3 characters from the start of the turn</source>
        <translation>%1
%2,距发言开头 %3 个字符</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>「%1」的笔记</translation>
    </message>
</context>
<context>
    <name>SearchTokenizer</name>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>数据库连接不是 SQLite</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>此 SQLite 不支持全文搜索 (FTS5)</translation>
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation>无法注册搜索分词器:%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>Transcript &amp;font:</source>
        <translation>逐字稿字体(&amp;F):</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>中文本体(&amp;S):</translation>
    </message>
    <message>
        <source>Chart export &amp;size:</source>
        <translation>图表导出大小(&amp;S):</translation>
    </message>
    <message>
        <source>Chart export &amp;format:</source>
        <translation>图表导出格式(&amp;F):</translation>
    </message>
    <message>
        <source>Library &amp;file:</source>
        <translation>数据库文件(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Default library in your data folder</source>
        <translation>用户文件夹中的缺省数据库</translation>
    </message>
    <message>
        <source>A different library file is opened the next time Earnings Reader starts.</source>
        <translation>变更后的数据库文件将于下次启动 Earnings Reader 时打开。</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Transcript font size</source>
        <translation>逐字稿字体大小</translation>
    </message>
    <message>
        <source>Chart export height</source>
        <translation>图表导出高度</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>依原文</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Library File</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Earnings Reader libraries (*.sqlite);;All files (*)</source>
        <translation>Earnings Reader 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Also change regional &amp;vocabulary (軟體 ↔ 软件)</source>
        <translation>同时转换地区用词(&amp;V)（軟體 ↔ 软件）</translation>
    </message>
    <message>
        <source>Characters only keeps every word as said; regional vocabulary can change meanings (執行 becomes 运行, &quot;run&quot;)</source>
        <translation>只转换字形会保留原话的每个词；转换地区用词可能改变意思（執行会变成“运行”）</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>颜色方案(&amp;H):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>TargetPeriod</name>
    <message>
        <source> (late in the year)</source>
        <translation>（年度稍晚）</translation>
    </message>
</context>
<context>
    <name>TermMatcher</name>
    <message>
        <source>whole words; plurals (-s, -es) and possessives (&apos;s, s&apos;) count</source>
        <translation>整个单词；复数(-s、-es)与所有格(&apos;s、s&apos;)也计入</translation>
    </message>
    <message>
        <source>ends at a word break; plurals (-s, -es) and possessives (&apos;s, s&apos;) count</source>
        <translation>结尾须在单词边界；复数(-s、-es)与所有格(&apos;s、s&apos;)也计入</translation>
    </message>
    <message>
        <source>starts at a word break</source>
        <translation>开头须在单词边界</translation>
    </message>
    <message>
        <source>anywhere in the text (Chinese has no word breaks)</source>
        <translation>文本中任何位置(中文没有词的分隔)</translation>
    </message>
    <message>
        <source>; the words in this order, across any spacing</source>
        <translation>；各词按此顺序，间隔不限</translation>
    </message>
    <message>
        <source>“%1”: %2; any case, Traditional and Simplified alike</source>
        <translation>“%1”：%2；不分大小写，繁简视为相同</translation>
    </message>
</context>
<context>
    <name>TermTrendCounter</name>
    <message>
        <source>every speaker counts, page furniture does not</source>
        <translation>所有发言者均计入，页面杂项不计</translation>
    </message>
    <message>
        <source>analysts and page furniture are left out</source>
        <translation>不计分析师与页面杂项</translation>
    </message>
    <message>
        <source>Nothing to count in “%1”: a term needs a letter or a digit.</source>
        <translation>“%1”中没有可统计的内容：词语需含字母或数字。</translation>
    </message>
</context>
<context>
    <name>TranscriptDocument</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>旁白</translation>
    </message>
    <message>
        <source>Unnamed: %1</source>
        <translation>未具名：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <source>Mentions per 10,000 words spoken</source>
        <translation>每万字提及次数</translation>
    </message>
    <message>
        <source>the whole library</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>Mentions of %1 by speaker, %2</source>
        <translation>%1 的提及次数（按发言者），%2</translation>
    </message>
    <message>
        <source>Mentions of %1 by role, %2</source>
        <translation>%1 的提及次数（按角色），%2</translation>
    </message>
    <message>
        <source>Mentions of %1 per 10,000 words by speaker, %2</source>
        <translation>%1 每万字提及次数（按发言者），%2</translation>
    </message>
    <message>
        <source>Mentions of %1 per 10,000 words by role, %2</source>
        <translation>%1 每万字提及次数（按角色），%2</translation>
    </message>
    <message>
        <source>Counted from the library&apos;s transcripts. Rule: %1</source>
        <translation>依数据库中的文字记录计数。规则：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) without a fiscal quarter are not shown.</source>
        <translation>
            <numerusform>%n 场没有财季的法说会未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>财季</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>提及 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 words spoken; %2 per 10,000 words</source>
        <translation>发言 %1 字；每万字 %2 次</translation>
    </message>
</context>
<context>
    <name>TrendPane</name>
    <message>
        <source>Whole library</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>Click a point or a cell to list its hits.</source>
        <translation>点击图上的点或表格的单元格，列出其中的命中。</translation>
    </message>
    <message>
        <source>Type one or more terms, separated by commas, and press Enter.</source>
        <translation>输入一个或多个词语，以逗号分隔，然后按 Enter。</translation>
    </message>
    <message>
        <source>No speaker in scope says it.</source>
        <translation>范围内没有发言者提到。</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n term(s) in %1</source>
        <translation>
            <numerusform>已在 %1 中计数 %n 个词语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 场法说会</numerusform>
        </translation>
    </message>
    <message>
        <source>Term trend chart</source>
        <translation>词语趋势图</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>所有季度</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “%1”, %2, %3</source>
        <translation>
            <numerusform>“%1”%n 笔命中，%2，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The hits could not be read: %1</source>
        <translation>无法读取命中：%1</translation>
    </message>
    <message>
        <source>only the first %1 are shown</source>
        <translation>仅显示前 %1 笔</translation>
    </message>
    <message>
        <source>There is no trend to export: count a term first.</source>
        <translation>没有可导出的趋势：请先计数一个词语。</translation>
    </message>
    <message>
        <source>Exported the trend chart to %1</source>
        <translation>已将趋势图导出至 %1</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation>已取消导出：未写入 %1</translation>
    </message>
    <message>
        <source>There is no trend to copy: count a term first.</source>
        <translation>没有可复制的趋势：请先计数一个词语。</translation>
    </message>
    <message>
        <source>Copied the trend chart as an image</source>
        <translation>已将趋势图复制为图片</translation>
    </message>
    <message>
        <source>Term Trends</source>
        <translation>词语趋势</translation>
    </message>
    <message>
        <source>Terms, separated by commas: Blackwell, Blackwell Ultra, 营收…</source>
        <translation>词语，以逗号分隔：Blackwell、Blackwell Ultra、营收…</translation>
    </message>
    <message>
        <source>Each term is counted per speaker and quarter; a phrase counts as one term</source>
        <translation>每个词语按发言者与季度计数；短语算作一个词语</translation>
    </message>
    <message>
        <source>Terms to count</source>
        <translation>要计数的词语</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>One company&apos;s calls, or the whole library</source>
        <translation>单一公司的法说会，或整个数据库</translation>
    </message>
    <message>
        <source>By speaker</source>
        <translation>按发言者</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>按角色</translation>
    </message>
    <message>
        <source>One series per person, or one per role (executive, analyst, operator…)</source>
        <translation>每人一条序列，或每种角色一条（高管、分析师、主持人…）</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱状</translation>
    </message>
    <message>
        <source>How the series are drawn</source>
        <translation>序列的绘制方式</translation>
    </message>
    <message>
        <source>Per 10,000 words</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>Mentions per 10,000 words the series spoke in the quarter, instead of counts</source>
        <translation>以该季发言每万字的提及次数取代次数</translation>
    </message>
    <message>
        <source>Leave analysts out</source>
        <translation>不计分析师</translation>
    </message>
    <message>
        <source>Count only what the company&apos;s speakers and the operator said</source>
        <translation>只计公司发言者与主持人所说的内容</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export or copy the trend chart, as the other charts</source>
        <translation>导出或复制趋势图，与其他图表相同</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Copy Chart as Image</source>
        <translation>将图表复制为图片</translation>
    </message>
    <message>
        <source>Mentions per quarter</source>
        <translation>每季提及次数</translation>
    </message>
    <message>
        <source>Hits of the chosen point</source>
        <translation>所选点的命中</translation>
    </message>
</context>
<context>
    <name>TrendTableModel</name>
    <message numerus="yes">
        <source>%1, %2: %n mention(s)</source>
        <translation>
            <numerusform>%1，%2：提及 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 words spoken</source>
        <translation>发言 %1 字</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>TurnEditCommand</name>
    <message>
        <source>Could not save &quot;%1&quot;</source>
        <translation>无法保存“%1”</translation>
    </message>
</context>
<context>
    <name>TurnEditController</name>
    <message>
        <source>Fi&amp;x Turn Structure</source>
        <translation>修正发言结构(&amp;X)</translation>
    </message>
    <message>
        <source>Change &amp;Speaker…</source>
        <translation>变更发言者(&amp;S)…</translation>
    </message>
    <message>
        <source>Give the turn at the cursor another speaker: one of the call&apos;s participants, or a name you type</source>
        <translation>为光标所在的发言指定其他发言者：法说会的与会者之一，或自行输入的姓名</translation>
    </message>
    <message>
        <source>S&amp;plit Turn at Cursor</source>
        <translation>在光标处分割发言(&amp;P)</translation>
    </message>
    <message>
        <source>Make the text from the cursor on a turn of its own</source>
        <translation>让光标之后的文字成为独立的一则发言</translation>
    </message>
    <message>
        <source>&amp;Merge with Previous Turn</source>
        <translation>与前一则发言合并(&amp;M)</translation>
    </message>
    <message>
        <source>Join the turn at the cursor to the turn before it</source>
        <translation>将光标所在的发言并入前一则发言</translation>
    </message>
    <message>
        <source>New &amp;Question Starts Here</source>
        <translation>新问题从这里开始(&amp;Q)</translation>
    </message>
    <message>
        <source>A new question starts with the turn at the cursor</source>
        <translation>新的问题从光标所在的发言开始</translation>
    </message>
    <message>
        <source>N&amp;ot a Question</source>
        <translation>不是问题(&amp;O)</translation>
    </message>
    <message>
        <source>The question that starts at the cursor&apos;s turn is none: its turns join the question before</source>
        <translation>从光标所在发言开始的问题并非新问题：其发言并入前一个问题</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A S&amp;tarts Here</source>
        <translation>问答从这里开始(&amp;T)</translation>
    </message>
    <message>
        <source>Move the start of the questions and answers to the turn at the cursor</source>
        <translation>将问答环节的开头移到光标所在的发言</translation>
    </message>
    <message>
        <source>Speaker of This Turn</source>
        <translation>此发言的发言者</translation>
    </message>
    <message>
        <source>Speaker (pick one of the call or type a name):</source>
        <translation>发言者(从法说会中挑选，或输入姓名)：</translation>
    </message>
    <message>
        <source>Cannot change the structure of the call: %1</source>
        <translation>无法变更法说会的结构：%1</translation>
    </message>
</context>
<context>
    <name>TurnEditPlanner</name>
    <message>
        <source>the speaker&apos;s name is empty</source>
        <translation>发言者姓名是空的</translation>
    </message>
    <message>
        <source>the turn&apos;s speaker already is %1</source>
        <translation>此发言的发言者已是 %1</translation>
    </message>
    <message>
        <source>offset %1 leaves nothing on one side: the turn&apos;s text has %2 characters, and a split needs text before and after it</source>
        <translation>位移 %1 会让其中一侧没有文字：此发言的文字共 %2 个字符，分割处前后都必须有文字</translation>
    </message>
    <message>
        <source>it is the call&apos;s first turn; there is no previous turn to merge with</source>
        <translation>这是法说会的第一则发言；没有可合并的前一则发言</translation>
    </message>
    <message>
        <source>the previous turn is in another section; move the start of the Q&amp;A instead</source>
        <translation>前一则发言在另一个段落；请改为移动问答 (Q&amp;A) 的开头</translation>
    </message>
    <message>
        <source>page furniture is kept apart from the turns and is not merged</source>
        <translation>页面杂项与发言分开保存，不会合并</translation>
    </message>
    <message>
        <source>page furniture is never part of a question</source>
        <translation>页面杂项永远不属于任何问题</translation>
    </message>
    <message>
        <source>the turn is not in the Q&amp;A; move the start of the Q&amp;A first</source>
        <translation>此发言不在问答 (Q&amp;A) 中；请先移动问答的开头</translation>
    </message>
    <message>
        <source>the turn already starts question %1</source>
        <translation>此发言已是问题 %1 的开头</translation>
    </message>
    <message>
        <source>the turn is not part of a question</source>
        <translation>此发言不属于任何问题</translation>
    </message>
    <message>
        <source>the turn does not start its question; choose the turn that starts question %1</source>
        <translation>此发言并非其问题的开头；请选择开始问题 %1 的发言</translation>
    </message>
    <message>
        <source>page furniture cannot start the Q&amp;A</source>
        <translation>页面杂项不能作为问答 (Q&amp;A) 的开头</translation>
    </message>
    <message>
        <source>the turn comes after the Q&amp;A</source>
        <translation>此发言位于问答 (Q&amp;A) 之后</translation>
    </message>
    <message>
        <source>the Q&amp;A already starts with the turn</source>
        <translation>问答 (Q&amp;A) 已从此发言开始</translation>
    </message>
    <message>
        <source>Set the speaker of a turn to %1</source>
        <translation>将发言的发言者设为 %1</translation>
    </message>
    <message>
        <source>Split a turn</source>
        <translation>分割发言</translation>
    </message>
    <message>
        <source>Split the turn of %1</source>
        <translation>分割 %1 的发言</translation>
    </message>
    <message>
        <source>Merge a turn with the previous one</source>
        <translation>将发言与前一则合并</translation>
    </message>
    <message>
        <source>Start a new question here</source>
        <translation>从这里开始新问题</translation>
    </message>
    <message>
        <source>Mark a turn as not a question</source>
        <translation>将发言标示为不是问题</translation>
    </message>
    <message>
        <source>Move the start of the Q&amp;A</source>
        <translation>移动问答 (Q&amp;A) 的开头</translation>
    </message>
    <message>
        <source>the call has no turn %1</source>
        <translation>法说会没有发言 %1</translation>
    </message>
    <message>
        <source>turn %1: %2</source>
        <translation>发言 %1：%2</translation>
    </message>
    <message>
        <source>turn %1: %2; nothing to change</source>
        <translation>发言 %1：%2；无需变更</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Earnings Reader User Guide</source>
        <translation>Earnings Reader 使用说明</translation>
    </message>
</context>
<context>
    <name>WindowScreenshot</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
</TS>
