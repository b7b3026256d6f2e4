<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Read earnings calls against the numbers.</source>
        <translation>對照財務數據閱讀法說會。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用元件：</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有領域</translation>
    </message>
    <message>
        <source>Chinese text is shown with the system&apos;s fonts (Noto CJK, SIL Open Font License). The built-in NVIDIA figures come from the company&apos;s press releases and 10-Q/10-K filings; each figure&apos;s source is shown with it.</source>
        <translation>中文文字以系統字型顯示（Noto CJK，SIL Open Font License）。內建的 NVIDIA 數據取自該公司的新聞稿及 10-Q/10-K 申報文件；每筆數據皆附有其來源。</translation>
    </message>
    <message>
        <source>About Earnings Reader</source>
        <translation>關於 Earnings Reader</translation>
    </message>
</context>
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Highlight &quot;%1&quot;</source>
        <translation>螢光標記「%1」</translation>
    </message>
    <message>
        <source>Could not highlight the selection</source>
        <translation>無法為選取的文字加上螢光標記</translation>
    </message>
    <message>
        <source>Could not highlight &quot;%1&quot;</source>
        <translation>無法為「%1」加上螢光標記</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>螢光標記選取範圍(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected text in the highlight colour</source>
        <translation>以螢光標記顏色標示選取的文字</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>螢光標記顏色(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the colour of new highlights</source>
        <translation>選擇新螢光標記的顏色</translation>
    </message>
    <message>
        <source>Annotation &amp;Note and Tags…</source>
        <translation>註記筆記與標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>See or edit the note, tags and figure links of the highlight at the cursor (highlights the selection first)</source>
        <translation>檢視或編輯游標所在螢光標記的筆記、標籤與數據連結（會先將選取範圍加上螢光標記）</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>刪除註記(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the highlight at the cursor with its note and tags</source>
        <translation>刪除游標所在的螢光標記及其筆記與標籤</translation>
    </message>
    <message>
        <source>&amp;Mark Question</source>
        <translation>標示問題(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the question at the cursor as answered, deflected or guidance</source>
        <translation>將游標所在的問題標示為已回答、已迴避或財測</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>已回答(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deflected</source>
        <translation>已迴避(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>財測(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Clear Mark</source>
        <translation>清除標示(&amp;C)</translation>
    </message>
    <message>
        <source>Select some text inside one speaker&apos;s turn to highlight it.</source>
        <translation>請在單一發言者的發言內選取文字，以加上螢光標記。</translation>
    </message>
    <message>
        <source>Highlighted. %1 opens its note and tags.</source>
        <translation>已加上螢光標記。按 %1 可開啟其筆記與標籤。</translation>
    </message>
    <message>
        <source>Put the cursor in a highlight, or select text, to edit its note and tags.</source>
        <translation>請將游標置於螢光標記內或選取文字，以編輯其筆記與標籤。</translation>
    </message>
    <message>
        <source>Put the cursor in a highlight to delete it.</source>
        <translation>請將游標置於螢光標記內以將其刪除。</translation>
    </message>
    <message>
        <source>Annotation deleted. Undo brings it back.</source>
        <translation>已刪除註記。可用「復原」還原。</translation>
    </message>
    <message>
        <source>Put the cursor in an analyst question, or scroll to one, to mark it.</source>
        <translation>請將游標置於分析師問題內或捲動至該問題，以進行標示。</translation>
    </message>
    <message>
        <source>Q%1: mark cleared</source>
        <translation>第 %1 題：已清除標示</translation>
    </message>
    <message>
        <source>Q%1 marked &quot;%2&quot;</source>
        <translation>第 %1 題已標示為「%2」</translation>
    </message>
    <message>
        <source>This annotation is not placed: its quote is no longer in the call&apos;s text.</source>
        <translation>此註記未定位：其引文已不在法說會文字中。</translation>
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>註記</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>此法說會</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整個資料庫</translation>
    </message>
    <message>
        <source>List the annotations of the open call or of every call</source>
        <translation>列出目前法說會或所有法說會的註記</translation>
    </message>
    <message>
        <source>Search quotes, notes, tags…</source>
        <translation>搜尋引文、筆記、標籤…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export the annotations listed, as Markdown, CSV or JSON</source>
        <translation>將列出的註記匯出為 Markdown、CSV 或 JSON</translation>
    </message>
    <message>
        <source>Questions and their marks</source>
        <translation>問題及其標示</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任何標籤</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>任何顏色</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>任何發言者</translation>
    </message>
    <message>
        <source>Any question</source>
        <translation>任何問題</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 則註記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%n 則註記中的 %1 則</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not placed (the call&apos;s text changed)</source>
        <translation>
            <numerusform>%n 則未定位（法說會文字已變更）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>前往段落(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Show on &amp;Chart</source>
        <translation>在圖表上顯示(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport Listed Annotations…</source>
        <translation>匯出列出的註記(&amp;X)…</translation>
    </message>
    <message>
        <source>Annotations and question marks</source>
        <translation>註記與問題標記</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>搜尋註記</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Annotation</source>
        <translation>註記</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第 %1 題</translation>
    </message>
    <message>
        <source>not placed: the call&apos;s text changed and this quote was not found</source>
        <translation>未定位：法說會文字已變更，找不到此引文</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>顏色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>筆記(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. guidance, margin</source>
        <translation>以逗號分隔，例如：財測, 毛利率</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>數據(&amp;F)：</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代號</translation>
    </message>
    <message>
        <source>FY2025Q4</source>
        <translation>FY2025Q4</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>連結(&amp;L)</translation>
    </message>
    <message>
        <source>Link this passage to the figure of that company, quarter and metric</source>
        <translation>將此段落連結至該公司、季度與指標的數據</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>取消連結(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Show on Chart</source>
        <translation>在圖表上顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Select the chart pane and quarter of the chosen figure</source>
        <translation>選取所選數據的圖表窗格與季度</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>刪除註記(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AnnotationExport</name>
    <message>
        <source>_No annotations._</source>
        <translation>_沒有註記。_</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>法說會 %1</translation>
    </message>
    <message>
        <source>Not placed (the call&apos;s text changed and the quote was not found)</source>
        <translation>未定位（法說會文字已變更，找不到引文）</translation>
    </message>
    <message>
        <source>Outside the Q&amp;A</source>
        <translation>Q&amp;A 環節以外</translation>
    </message>
    <message>
        <source>**Note:** %1</source>
        <translation>**筆記：** %1</translation>
    </message>
    <message>
        <source>**Tags:** %1</source>
        <translation>**標籤：** %1</translation>
    </message>
    <message>
        <source>**Figures:** %1</source>
        <translation>**數據：** %1</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>（無發言者）</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1：不是 JSON（位元組 %3 處：%2）</translation>
    </message>
    <message>
        <source>%1: not an Earnings Reader annotations export (no &quot;format&quot;: &quot;%2&quot;)</source>
        <translation>%1：不是 Earnings Reader 註記匯出檔（缺少 &quot;format&quot;: &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: written by a newer Earnings Reader (annotations format %2; this version reads up to %3)</source>
        <translation>%1：由較新版的 Earnings Reader 寫入（註記格式 %2；此版本最多只能讀取 %3）</translation>
    </message>
    <message>
        <source>call &quot;%1&quot; is not in this library and the file does not carry its text</source>
        <translation>法說會「%1」不在此資料庫中，且檔案未包含其文字</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of call %1 were not imported: the call is not in this library</source>
        <translation>
            <numerusform>法說會 %1 的 %n 則註記未匯入：該法說會不在此資料庫中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation>%1：無法儲存：%2</translation>
    </message>
    <message>
        <source>Q%1 of call %2: %3</source>
        <translation>法說會 %2 第 %1 題：%3</translation>
    </message>
    <message>
        <source>annotation %1 links to a figure that is not a ticker and a fiscal quarter (expected NVDA FY2025Q4); not imported</source>
        <translation>註記 %1 連結的數據不是股票代號加財季(格式應為 NVDA FY2025Q4);未匯入</translation>
    </message>
    <message>
        <source>Unnamed scenario</source>
        <translation>未命名情境</translation>
    </message>
    <message numerus="yes">
        <source>Selling %n put contract(s) at %1 with the stock at %2, premium %3, traded %4, expiring %5; %6.</source>
        <translation>
            <numerusform>賣出 %n 口履約價 %1 的 Put，股價 %2，權利金 %3，交易日 %4，到期日 %5；%6。</numerusform>
        </translation>
    </message>
    <message>
        <source>Selling a put: saved scenarios</source>
        <translation>賣出 Put：已儲存的情境</translation>
    </message>
    <message>
        <source>put scenario &quot;%1&quot;: %2; not imported</source>
        <translation>Put 情境「%1」：%2；未匯入</translation>
    </message>
    <message>
        <source>an annotation of call %1 has no uid; not imported</source>
        <translation>法說會 %1 的一則註記沒有 uid；未匯入</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>Annotation %1 no longer exists.</source>
        <translation>註記 %1 已不存在。</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>Not placed: the call&apos;s text changed and this quote was not found in it.</source>
        <translation>未定位：法說會文字已變更，其中找不到此引文。</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>發言者</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>法說會</translation>
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
        <translation>發言 %1 不存在</translation>
    </message>
    <message>
        <source>turn %1 belongs to call %2, not to call %3</source>
        <translation>發言 %1 屬於法說會 %2，而非法說會 %3</translation>
    </message>
    <message>
        <source>the span %1..%2 is outside turn %3, whose text has %4 characters (offsets run from 0 to %4, and the end must be after the start)</source>
        <translation>範圍 %1..%2 超出發言 %3，其文字共有 %4 個字元（位移從 0 到 %4，且結束位置必須在起始位置之後）</translation>
    </message>
    <message>
        <source>the span %1..%2 cuts a character of turn %3 in half</source>
        <translation>範圍 %1..%2 將發言 %3 的某個字元切成兩半</translation>
    </message>
    <message>
        <source>the quote does not match the text of turn %1 at %2..%3</source>
        <translation>引文與發言 %1 在 %2..%3 處的文字不符</translation>
    </message>
    <message>
        <source>a figure link needs a company, a quarter and a metric</source>
        <translation>數據連結需要公司、季度與指標</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>註記 %1 不存在</translation>
    </message>
    <message>
        <source>annotation %1 belongs to call %2</source>
        <translation>註記 %1 屬於法說會 %2</translation>
    </message>
    <message>
        <source>question %1 with rating %2: questions count from 1 and ratings run from 0 to 5</source>
        <translation>問題 %1、評分 %2：問題從 1 起算，評分範圍為 0 至 5</translation>
    </message>
</context>
<context>
    <name>AnnotationStyle</name>
    <message>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉紅色</translation>
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
        <translation>匯出註記(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the annotations listed in the panel as Markdown, CSV or JSON</source>
        <translation>將面板中列出的註記存成 Markdown、CSV 或 JSON</translation>
    </message>
    <message>
        <source>Import A&amp;nnotations…</source>
        <translation>匯入註記(&amp;N)…</translation>
    </message>
    <message>
        <source>Add annotations from a JSON export; ones already here are skipped</source>
        <translation>從 JSON 匯出檔加入註記；已存在的註記會略過</translation>
    </message>
    <message>
        <source>Cannot export to %1: use a name ending in .md, .csv or .json</source>
        <translation>無法匯出至 %1：請使用以 .md、.csv 或 .json 結尾的檔名</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>註記</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>匯出註記</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv);;JSON, for another library (*.json)</source>
        <translation>Markdown (*.md);;CSV (*.csv);;JSON，供其他資料庫使用 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported to %1</source>
        <translation>
            <numerusform>已將 %n 則註記匯出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>匯入註記</translation>
    </message>
    <message>
        <source>Annotation exports (*.json);;All files (*)</source>
        <translation>註記匯出檔 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 annotations added, %3 already in this library, %4 calls imported.</source>
        <translation>%1：已新增 %2 則註記，%3 則已在此資料庫中，已匯入 %4 場法說會。</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed in the call&apos;s text; they are listed in the panel.</source>
        <translation>
            <numerusform>%n 則無法在法說會文字中定位；已列於面板中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>only %1 of %2 bytes could be written; the disk may be full</source>
        <translation>只寫入了 %2 位元組中的 %1 位元組,磁碟可能已滿</translation>
    </message>
    <message>
        <source>%1; the disk may be full</source>
        <translation>%1;磁碟可能已滿</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：檔案不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, a device or a socket); only files can be read</source>
        <translation>%1 不是一般檔案（而是管道、裝置或通訊端）；只能讀取檔案</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1：無法讀取檔案（%2）</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1：檔案大於 %2 MB</translation>
    </message>
</context>
<context>
    <name>CallChanges</name>
    <message>
        <source>No call with id %1</source>
        <translation>沒有 id 為 %1 的法說會</translation>
    </message>
    <message>
        <source>Call %1 has no company, so it has no previous call</source>
        <translation>法說會 %1 沒有所屬公司，因此沒有上一場法說會</translation>
    </message>
    <message>
        <source>No call of %1 comes before call %2</source>
        <translation>%1 在法說會 %2 之前沒有其他法說會</translation>
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
        <translation>由 %1 減至 %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>詞語</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>此法說會</translation>
    </message>
    <message>
        <source>Previous call</source>
        <translation>上一場法說會</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
</context>
<context>
    <name>CallDetailsDialog</name>
    <message>
        <source>Import Transcript</source>
        <translation>匯入逐字稿</translation>
    </message>
    <message>
        <source>Call Details</source>
        <translation>法說會資料</translation>
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
        <translation>從 %1 讀出的資料。加入資料庫前可先修正。</translation>
    </message>
    <message>
        <source>Imported from %1. A change can be undone with Edit &gt; Undo.</source>
        <translation>匯入自 %1。變更可用「編輯 &gt; 復原」撤銷。</translation>
    </message>
    <message>
        <source>&amp;Ticker:</source>
        <translation>股票代號(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C):</translation>
    </message>
    <message>
        <source>Fiscal &amp;period:</source>
        <translation>財報期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>標題(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
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
        <translation>%1：已以法說會 %2 存在於資料庫中；不再重複匯入</translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation>%1：無法儲存：%2</translation>
    </message>
    <message>
        <source>%1: the company &quot;%2&quot; is not a ticker (capital letters, digits, dots)</source>
        <translation>%1:公司「%2」不是股票代號(須為大寫字母、數字、句點)</translation>
    </message>
    <message>
        <source>%1: the fiscal period &quot;%2&quot; is not valid (expected FY2025Q4)</source>
        <translation>%1:財季「%2」無效(格式應為 FY2025Q4)</translation>
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
期間：%3
法說會日期：%4
%n 個問題</numerusform>
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
        <translation>將法說會匯出為 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the open call with its highlights and notes as a PDF</source>
        <translation>將目前開啟的法說會連同螢光標記與筆記存成 PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;T)…</translation>
    </message>
    <message>
        <source>Print the open call with its highlights and notes</source>
        <translation>列印目前開啟的法說會及其螢光標記與筆記</translation>
    </message>
    <message>
        <source>No call is open.</source>
        <translation>沒有開啟的法說會。</translation>
    </message>
    <message>
        <source>Export Call as PDF</source>
        <translation>將法說會匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>CallPrinter</name>
    <message>
        <source>Question marks</source>
        <translation>問題標示</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>標籤：%1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>數據：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF came out empty</source>
        <translation>無法寫入 %1：產生的 PDF 是空的</translation>
    </message>
</context>
<context>
    <name>CallReimporter</name>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1：無法讀取檔案（%2）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>%1: call %2 is not in the library, so there is nothing to re-import into</source>
        <translation>%1：法說會 %2 不在資料庫中，因此無從重新匯入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the call&apos;s new text could not be read back</source>
        <translation>無法讀回法說會的新文字</translation>
    </message>
    <message>
        <source>%1: could not replace the text of call %2: %3</source>
        <translation>%1：無法取代法說會 %2 的文字：%3</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>No call is open.</source>
        <translation>沒有開啟的法說會。</translation>
    </message>
    <message>
        <source>%1 %2 is the company&apos;s first call in the library: nothing to compare with.</source>
        <translation>%1 %2 是該公司在資料庫中的第一場法說會：沒有可比較的對象。</translation>
    </message>
    <message>
        <source>%1 %2 against %3 (%4 and %5 words). Activate a term to see its trend.</source>
        <translation>%1 %2 對比 %3（%4 字與 %5 字）。啟用詞語即可查看其趨勢。</translation>
    </message>
    <message>
        <source>Changes Since the Last Call</source>
        <translation>與上一場法說會相比的變化</translation>
    </message>
    <message>
        <source>Terms that rose or fell since the last call</source>
        <translation>自上一場法說會以來增加或減少的詞語</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 figures stored in the Earnings Reader library</source>
        <translation>Earnings Reader 資料庫中儲存的 %1 數據</translation>
    </message>
    <message>
        <source>Source: %1.
%2</source>
        <translation>資料來源：%1。
%2</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
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
        <translation>文字與線條會依此倍數放大繪製；在 2× 時，1600×1000 影像的版面配置與 800×500 的圖表相同。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>寬度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>縮放比例(&amp;S)：</translation>
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
        <translation>正在為 %1 編碼 PNG 圖片…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .png, .svg or .pdf</source>
        <translation>無法匯出至 %1：檔名必須以 .png、.svg 或 .pdf 結尾</translation>
    </message>
    <message>
        <source>Cannot export to %1: the size must be at least %2x%2 pixels</source>
        <translation>無法匯出至 %1：尺寸至少須為 %2x%2 像素</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>無法繪製圖表</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Show or hide %1 in the chart</source>
        <translation>在圖表中顯示或隱藏「%1」</translation>
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
        <translation>重設</translation>
    </message>
    <message>
        <source>Show every quarter this chart has figures for</source>
        <translation>顯示此圖表有數據的所有季度</translation>
    </message>
    <message>
        <source>First quarter shown</source>
        <translation>顯示的第一個季度</translation>
    </message>
    <message>
        <source>Last quarter shown</source>
        <translation>顯示的最後一個季度</translation>
    </message>
    <message>
        <source>%1: no figures for %2 in this range</source>
        <translation>%1：此範圍內沒有 %2 的數據</translation>
    </message>
    <message>
        <source>%1: open a call of a company with figures</source>
        <translation>%1：請開啟有數據之公司的法說會</translation>
    </message>
    <message>
        <source>Linked passages</source>
        <translation>連結的段落</translation>
    </message>
    <message numerus="yes">
        <source>%n linked passage(s) about %1 (click to list them):
%2</source>
        <translation>
            <numerusform>%n 個與 %1 相關的連結段落(按一下即可列出)：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>匯出圖表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>複製圖表為影像(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;All Quarters</source>
        <translation>顯示所有季度(&amp;A)</translation>
    </message>
    <message>
        <source>Show All &amp;Series</source>
        <translation>顯示所有數列(&amp;S)</translation>
    </message>
    <message>
        <source>%1: no figures for %2 yet; File &gt; Import Financials… adds them</source>
        <translation>%1：尚無 %2 的數據；可用「檔案 &gt; 匯入財務數據…」加入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>產品(&amp;P)：</translation>
    </message>
    <message>
        <source>Product shown</source>
        <translation>顯示的產品</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>There is no chart to export: open a call of a company with figures.</source>
        <translation>沒有可匯出的圖表：請開啟有數據之公司的法說會。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Exported the %1 chart to %2</source>
        <translation>已將 %1 圖表匯出至 %2</translation>
    </message>
    <message>
        <source>There is no chart to copy: open a call of a company with figures.</source>
        <translation>沒有可複製的圖表：請開啟有數據之公司的法說會。</translation>
    </message>
    <message>
        <source>Copied the %1 chart as an image</source>
        <translation>已將 %1 圖表複製為影像</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Exporting the %1 chart to %2…</source>
        <translation>正在將 %1 圖表匯出至 %2…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation>已取消匯出：未寫入 %1</translation>
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
        <translation>--date 必須是 yyyy-mm-dd 格式，而非 %1</translation>
    </message>
    <message>
        <source>imported %1: call %2 &quot;%3&quot;, %4 questions, %5 turns</source>
        <translation>已匯入 %1：法說會 %2「%3」，%4 個問題，%5 則發言</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>%1 questions, %2 turns</source>
        <translation>%1 個問題，%2 則發言</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中沒有 ID 為 %1 的法說會</translation>
    </message>
    <message>
        <source>Usage: earnings-reader remove ID</source>
        <translation>用法：earnings-reader remove ID</translation>
    </message>
    <message>
        <source>Could not remove call %1 from %2: %3</source>
        <translation>無法從 %2 移除法說會 %1：%3</translation>
    </message>
    <message>
        <source>Removed call %1 (%2) with its annotations</source>
        <translation>已移除法說會 %1（%2）及其註記</translation>
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
        <translation>--split-at 必須是整數，而非「%1」</translation>
    </message>
    <message>
        <source>Call %1 in %2 has no turn %3 (see: earnings-reader show %1)</source>
        <translation>%2 中的法說會 %1 沒有發言 %3(請參閱：earnings-reader show %1)</translation>
    </message>
    <message>
        <source>Cannot edit call %1 in %2: %3</source>
        <translation>無法編輯 %2 中的法說會 %1：%3</translation>
    </message>
    <message>
        <source>call %1, turn %2: %3; the call now has %4 questions and %5 turns</source>
        <translation>法說會 %1，發言 %2：%3；法說會現有 %4 個問題、%5 則發言</translation>
    </message>
    <message>
        <source>the text after the split is turn %1</source>
        <translation>分割處之後的文字現為發言 %1</translation>
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
        <translation>%2 中沒有編號為 %1 的電話會議</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>CliChartCommands</name>
    <message>
        <source>The library %1 holds no figures for %2</source>
        <translation>資料庫 %1 中沒有 %2 的數據</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未匯入任何資料。</translation>
    </message>
    <message>
        <source>Imported %1 figures from %2</source>
        <translation>已從 %2 匯入 %1 筆數據</translation>
    </message>
    <message>
        <source>Usage: earnings-reader export-financials FILE.csv [--company TICKER]</source>
        <translation>用法：earnings-reader export-financials FILE.csv [--company TICKER]</translation>
    </message>
    <message>
        <source>Wrote %1 figures to %2</source>
        <translation>已將 %1 筆數據寫入 %2</translation>
    </message>
    <message>
        <source>Usage: earnings-reader install-sample [--library FILE]</source>
        <translation>用法：earnings-reader install-sample [--library FILE]</translation>
    </message>
    <message>
        <source>The built-in sample (the NVIDIA call and its figures) is in %1</source>
        <translation>內建範例(NVIDIA 法說會及其數據)位於 %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader import-financials FILE.csv|FILE.json [--company TICKER]</source>
        <translation>用法：earnings-reader import-financials 檔案.csv|檔案.json [--company 代號]</translation>
    </message>
    <message>
        <source>%1 is SEC company facts, which name a company by its CIK only: give its ticker with --company</source>
        <translation>%1 是 SEC 公司事實資料（company facts），只以 CIK 標示公司：請用 --company 指定股票代號</translation>
    </message>
    <message>
        <source>Imported %1 figures of %2 (%3) from %4: %5 fourth quarters derived from the year, %6 restated</source>
        <translation>已從 %4 匯入 %2（%3）的 %1 筆數據：%5 個第四季由全年推算，%6 筆經重編</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…以及另外 %n 個問題</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliChartExport</name>
    <message>
        <source>--%1 must be a fiscal quarter like FY2025Q4, not %2</source>
        <translation>--%1 必須是 FY2025Q4 這樣的財季，而不是 %2</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;: choose one of %2</source>
        <translation>未知的圖表「%1」：請從 %2 中擇一</translation>
    </message>
    <message>
        <source>export-chart needs --out FILE.png, FILE.svg or FILE.pdf</source>
        <translation>export-chart 需要 --out FILE.png、FILE.svg 或 FILE.pdf</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: the file name must end in .png, .svg or .pdf</source>
        <translation>無法判斷 %1 的格式：檔名必須以 .png、.svg 或 .pdf 結尾</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels between 100 and 10000, such as 1600x1000, not %1</source>
        <translation>--size 必須是介於 100 到 10000 像素之間的 WIDTHxHEIGHT(例如 1600x1000)，而非 %1</translation>
    </message>
    <message>
        <source>--scale must be a number between 0.5 and 8, not %1</source>
        <translation>--scale 必須是介於 0.5 到 8 之間的數字，而非 %1</translation>
    </message>
    <message>
        <source>--theme must be light or dark, not %1</source>
        <translation>--theme 必須是 light 或 dark，而非 %1</translation>
    </message>
    <message>
        <source>The library %1 holds no figures; add them with import-financials or install-sample</source>
        <translation>資料庫 %1 中沒有任何數據；請用 import-financials 或 install-sample 加入</translation>
    </message>
    <message>
        <source>The library holds figures of several companies (%1); choose one with --company</source>
        <translation>資料庫中有多家公司的數據 (%1)；請用 --company 選擇其中一家</translation>
    </message>
    <message>
        <source>The library %1 holds no figures for %2</source>
        <translation>資料庫 %1 中沒有 %2 的數據</translation>
    </message>
    <message>
        <source>The range %1 to %2 is empty: --from comes after --to</source>
        <translation>%1 至 %2 的範圍是空的：--from 晚於 --to</translation>
    </message>
    <message>
        <source>The range %1 to %2 is empty: the %3 chart has no figures of %4 there</source>
        <translation>%1 至 %2 的範圍是空的：%3 圖表在此範圍內沒有 %4 的數據</translation>
    </message>
    <message>
        <source>Wrote %1: %2 chart of %3, %4 to %5, %6x%7 at %8x</source>
        <translation>已寫入 %1：%3 的 %2 圖表，%4 至 %5，%6x%7，比例 %8x</translation>
    </message>
    <message>
        <source>Nothing to draw: %1</source>
        <translation>沒有可繪製的內容：%1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader export-chart revenue|margin|product --out FILE.png|.svg|.pdf [--company TICKER] [--product NAME] [--from FY2024Q1] [--to FY2026Q4] [--size 1600x1000] [--scale 2] [--theme light|dark]</source>
        <translation>用法：earnings-reader export-chart revenue|margin|product --out 檔案.png|.svg|.pdf [--company 股票代號] [--product 產品名稱] [--from FY2024Q1] [--to FY2026Q4] [--size 1600x1000] [--scale 2] [--theme light|dark]</translation>
    </message>
    <message>
        <source>--product is for a chart with products to choose from; %1 has none</source>
        <translation>--product 只適用於有產品可選的圖表；%1 沒有任何產品</translation>
    </message>
    <message>
        <source>%1 discloses no product &quot;%2&quot;; choose one of %3</source>
        <translation>%1 沒有揭露名為「%2」的產品；請從 %3 中選擇</translation>
    </message>
</context>
<context>
    <name>CliGuidanceCommands</name>
    <message>
        <source>%1 bp</source>
        <translation>%1 個基點</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>在區間內</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高於</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低於</translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>尚未公布</translation>
    </message>
    <message>
        <source>no figure to check</source>
        <translation>沒有可核對的數據</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>call</source>
        <translation>法說會</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標期間</translation>
    </message>
    <message>
        <source>guided</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>band</source>
        <translation>區間用語</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>發言者</translation>
    </message>
    <message>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
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
        <translation>guidance 可輸出文字、JSON（--json）、CSV 或 Markdown（--format csv|md），不支援 %1</translation>
    </message>
    <message>
        <source>No guidance found.</source>
        <translation>找不到財測。</translation>
    </message>
    <message>
        <source>Usage: earnings-reader check-numbers CALL_ID [--json] [--library FILE]</source>
        <translation>用法：earnings-reader check-numbers CALL_ID [--json] [--library FILE]</translation>
    </message>
    <message>
        <source>No call %1 in %2</source>
        <translation>%2 中沒有法說會 %1</translation>
    </message>
    <message>
        <source>No numbers about reported figures found.</source>
        <translation>找不到關於已公布數據的數字。</translation>
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
        <translation>--format 必須是 md、csv 或 json，而非「%1」</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中沒有 ID 為 %1 的法說會</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 則註記寫入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: earnings-reader annotate CALL_ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]</source>
        <translation>用法：earnings-reader annotate CALL_ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]</translation>
    </message>
    <message>
        <source>Call %1 has no turn %2 (see: earnings-reader show %1)</source>
        <translation>法說會 %1 沒有發言 %2(請參閱：earnings-reader show %1)</translation>
    </message>
    <message>
        <source>Offsets out of range: --start %1 --end %2, but turn %3 has %4 characters; use 0 &lt;= start &lt; end &lt;= %4</source>
        <translation>位移超出範圍：--start %1 --end %2，但發言 %3 只有 %4 個字元；請使用 0 &lt;= start &lt; end &lt;= %4</translation>
    </message>
    <message>
        <source>Unknown colour &quot;%1&quot;; use one of: %2</source>
        <translation>未知的顏色「%1」；請使用下列之一：%2</translation>
    </message>
    <message>
        <source>Cannot annotate call %1: %2</source>
        <translation>無法為法說會 %1 加上註記：%2</translation>
    </message>
    <message>
        <source>annotation %1 on call %2, turn %3, %4..%5: &quot;%6&quot;</source>
        <translation>註記 %1：法說會 %2，發言 %3，%4..%5：「%6」</translation>
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
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>call %1: the text is unchanged; nothing to do</source>
        <translation>法說會 %1：文字未變更；無需處理</translation>
    </message>
    <message>
        <source>call %1: text replaced, %2 turns; annotations: %3 in place, %4 moved, %5 not placed</source>
        <translation>法說會 %1：已取代文字，共 %2 則發言；註記：%3 則位置不變，%4 則已移動，%5 則未能定位</translation>
    </message>
    <message>
        <source>  not placed: annotation %1 &quot;%2&quot;</source>
        <translation>  未能定位：註記 %1「%2」</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>--%1 必須是整數，而不是「%2」</translation>
    </message>
    <message>
        <source>%1: %2 added (%3 not placed), %4 already here, %5 calls imported, %6 question marks, %7 put scenarios</source>
        <translation>%1：新增 %2 則（%3 則未能定位），%4 則已存在，匯入 %5 場法說會、%6 個問題標記、%7 個Put 情境</translation>
    </message>
    <message>
        <source>structure edits: %1 made again, %2 dropped (their text is gone)</source>
        <translation>結構修正：%1 項已重新套用，%2 項已捨棄(其文字已不存在)</translation>
    </message>
    <message>
        <source>  dropped: %1 on &quot;%2&quot;</source>
        <translation>  已捨棄：%1，位於「%2」</translation>
    </message>
</context>
<context>
    <name>CliOptionsCommands</name>
    <message>
        <source>--%1 must be a number, not &quot;%2&quot;</source>
        <translation>--%1 必須是數字，而不是「%2」</translation>
    </message>
    <message>
        <source>--%1 must be a percentage like 45 or 45%, not &quot;%2&quot;</source>
        <translation>--%1 必須是百分比，例如 45 或 45%，而不是「%2」</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2025-02-26, not &quot;%2&quot;</source>
        <translation>--%1 必須是日期，例如 2025-02-26，而不是「%2」</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必須指定 --%1</translation>
    </message>
    <message>
        <source>Selling %1 put contract(s) at %2, traded %3, expiring %4; %5</source>
        <translation>賣出 %1 口履約價 %2 的 Put，交易日 %3，到期日 %4；%5</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>假設：</translation>
    </message>
    <message>
        <source>Usage: earnings-reader put-calc --price P --strike K --premium X --trade-date YYYY-MM-DD --expiry YYYY-MM-DD [--contracts N] [--fees F] [--iv PERCENT] [--rate PERCENT] [--day-basis calendar|trading] [--at-price P] [--at-date YYYY-MM-DD] [--json]</source>
        <translation>用法：earnings-reader put-calc --price P --strike K --premium X --trade-date YYYY-MM-DD --expiry YYYY-MM-DD [--contracts N] [--fees F] [--iv PERCENT] [--rate PERCENT] [--day-basis calendar|trading] [--at-price P] [--at-date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>--contracts must be a whole number, not &quot;%1&quot;</source>
        <translation>--contracts 必須是整數，而不是「%1」</translation>
    </message>
    <message>
        <source>--day-basis must be calendar or trading, not &quot;%1&quot;</source>
        <translation>--day-basis 必須是 calendar 或 trading，而不是「%1」</translation>
    </message>
    <message>
        <source>Usage: earnings-reader put-scenarios --call ID [--json]</source>
        <translation>用法：earnings-reader put-scenarios --call ID [--json]</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中沒有 ID 為 %1 的法說會</translation>
    </message>
    <message>
        <source>No put scenarios saved with call %1</source>
        <translation>法說會 %1 尚未儲存任何 Put 試算情境</translation>
    </message>
</context>
<context>
    <name>CliPairCommands</name>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中沒有 ID 為 %1 的法說會</translation>
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
        <translation>%1 在法說會 %2 中沒有對應的問題</translation>
    </message>
    <message>
        <source>%1 = %2, confidence %3</source>
        <translation>%1 = %2，信心 %3</translation>
    </message>
    <message>
        <source>Questions of call %1 with no counterpart: %2</source>
        <translation>法說會 %1 中沒有對應的問題：%2</translation>
    </message>
    <message>
        <source>These calls look unrelated (confidence %1).</source>
        <translation>這兩場法說會看來無關（信心 %1）。</translation>
    </message>
    <message>
        <source>Confidence that these calls are one event: %1</source>
        <translation>這兩場法說會為同一事件的信心：%1</translation>
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
        <translation>僅見於法說會 %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader repair ID_A ID_B QUESTION_A QUESTION_B|none|auto</source>
        <translation>用法：earnings-reader repair ID_A ID_B QUESTION_A QUESTION_B|none|auto</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
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
        <translation>--limit 必須是正數，而非 %1</translation>
    </message>
    <message>
        <source>--call must be a call id, not %1</source>
        <translation>--call 必須是法說會 ID，而非 %1</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>%2 中沒有 ID 為 %1 的法說會</translation>
    </message>
    <message>
        <source>Cannot update the search index of %1: %2</source>
        <translation>無法更新 %1 的搜尋索引：%2</translation>
    </message>
    <message>
        <source>Search failed in %1: %2</source>
        <translation>在 %1 中搜尋失敗：%2</translation>
    </message>
    <message>
        <source>No hits for %1</source>
        <translation>找不到符合 %1 的結果</translation>
    </message>
    <message>
        <source>Only the first %1 hits are shown; use --limit for more.</source>
        <translation>僅顯示前 %1 筆結果；如需更多請使用 --limit。</translation>
    </message>
</context>
<context>
    <name>CliTrendCommands</name>
    <message>
        <source>speaker</source>
        <translation>發言者</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>No mentions.</source>
        <translation>沒有提及。</translation>
    </message>
    <message>
        <source>Usage: earnings-reader trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv] [--library FILE]</source>
        <translation>用法：earnings-reader trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv] [--library FILE]</translation>
    </message>
    <message>
        <source>--by must be speaker or role, not %1</source>
        <translation>--by 必須是 speaker 或 role，而非 %1</translation>
    </message>
    <message>
        <source>trend prints text, JSON (--json) or CSV (--format csv), not %1</source>
        <translation>trend 輸出文字、JSON(--json)或 CSV(--format csv)，而非 %1</translation>
    </message>
    <message>
        <source>Cannot update the search index of %1: %2</source>
        <translation>無法更新 %1 的搜尋索引：%2</translation>
    </message>
    <message>
        <source>Usage: earnings-reader changes CALL_ID [--limit N] [--json] [--library FILE]</source>
        <translation>用法：earnings-reader changes CALL_ID [--limit N] [--json] [--library FILE]</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not %1</source>
        <translation>--limit 必須是正數，而非 %1</translation>
    </message>
    <message>
        <source>Call %1 (%2 %3, %4 words) against call %5 (%6, %7 words)</source>
        <translation>法說會 %1(%2 %3，%4 字詞)對照法說會 %5(%6，%7 字詞)</translation>
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
        <translation>改用此資料庫檔案，而非預設檔案。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>輸出 JSON 而非文字。</translation>
    </message>
    <message>
        <source>Company ticker of the imported calls.</source>
        <translation>匯入之法說會的公司股票代號。</translation>
    </message>
    <message>
        <source>Company name, with --company.</source>
        <translation>公司名稱，與 --company 搭配使用。</translation>
    </message>
    <message>
        <source>Fiscal period of the imported call.</source>
        <translation>匯入之法說會所屬的財季。</translation>
    </message>
    <message>
        <source>Date of the imported call.</source>
        <translation>匯入之法說會的日期。</translation>
    </message>
    <message>
        <source>Title of the imported call.</source>
        <translation>匯入之法說會的標題。</translation>
    </message>
    <message>
        <source>The call to open, show or limit to.</source>
        <translation>要開啟、顯示或限定範圍的法說會。</translation>
    </message>
    <message>
        <source>Size of a screenshot or an exported image.</source>
        <translation>螢幕截圖或匯出影像的尺寸。</translation>
    </message>
    <message>
        <source>Open the window, save a picture of it after its first paint, and quit.</source>
        <translation>開啟視窗，在首次繪製後儲存視窗畫面，然後結束。</translation>
    </message>
    <message>
        <source>Only annotations with this tag (notes).</source>
        <translation>僅限含此標籤的註記(notes)。</translation>
    </message>
    <message>
        <source>File to write to (notes: instead of the terminal).</source>
        <translation>要寫入的檔案(notes：取代終端機輸出)。</translation>
    </message>
    <message>
        <source>Turn to annotate, as `show` lists it (annotate).</source>
        <translation>要加上註記的發言，即 `show` 列出的發言(annotate)。</translation>
    </message>
    <message>
        <source>First character of the highlight in the turn&apos;s text, from 0 (annotate).</source>
        <translation>螢光標記在發言文字中的第一個字元，從 0 起算(annotate)。</translation>
    </message>
    <message>
        <source>Character after the highlight&apos;s last (annotate).</source>
        <translation>螢光標記最後一個字元的下一個字元(annotate)。</translation>
    </message>
    <message>
        <source>Note of the annotation (annotate).</source>
        <translation>註記的筆記(annotate)。</translation>
    </message>
    <message>
        <source>Comma-separated tags of the annotation (annotate).</source>
        <translation>註記的標籤，以逗號分隔(annotate)。</translation>
    </message>
    <message>
        <source>Highlight colour: yellow, green, blue, pink or orange (annotate).</source>
        <translation>螢光標記顏色：yellow、green、blue、pink 或 orange(annotate)。</translation>
    </message>
    <message>
        <source>First fiscal quarter of an exported chart.</source>
        <translation>匯出圖表的第一個財季。</translation>
    </message>
    <message>
        <source>Last fiscal quarter of an exported chart.</source>
        <translation>匯出圖表的最後一個財季。</translation>
    </message>
    <message>
        <source>Scale of an exported chart: text and lines this many times larger (default 2).</source>
        <translation>匯出圖表的縮放比例：文字與線條放大的倍數(預設 2)。</translation>
    </message>
    <message>
        <source>Background of an exported chart (default light).</source>
        <translation>匯出圖表的背景(預設 light)。</translation>
    </message>
    <message>
        <source>import FILE...  Import transcripts</source>
        <translation>import FILE...  匯入逐字稿</translation>
    </message>
    <message>
        <source>calls  List the calls in the library</source>
        <translation>calls  列出資料庫中的法說會</translation>
    </message>
    <message>
        <source>search QUERY [--call ID] [--json] [--limit N]  Search the calls (Chinese in either script, English in any case)</source>
        <translation>search QUERY [--call ID] [--json] [--limit N]  搜尋法說會(中文繁簡皆可，英文不分大小寫)</translation>
    </message>
    <message>
        <source>notes [--call ID] [--tag T] --format md|csv|json [--out FILE]  Export annotations</source>
        <translation>notes [--call ID] [--tag T] --format md|csv|json [--out FILE]  匯出註記</translation>
    </message>
    <message>
        <source>annotate ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]  Highlight text</source>
        <translation>annotate ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]  以螢光標記文字</translation>
    </message>
    <message>
        <source>import-notes FILE.json  Import exported annotations</source>
        <translation>import-notes FILE.json  匯入已匯出的註記</translation>
    </message>
    <message>
        <source>reimport ID FILE  Replace a call&apos;s text, keeping its annotations</source>
        <translation>reimport ID FILE  取代法說會的文字，並保留其註記</translation>
    </message>
    <message>
        <source>export-financials FILE.csv [--company T]  Export figures</source>
        <translation>export-financials FILE.csv [--company T]  匯出數據</translation>
    </message>
    <message>
        <source>install-sample  Put the built-in NVIDIA call and figures into the library</source>
        <translation>install-sample  將內建的 NVIDIA 法說會與數據放入資料庫</translation>
    </message>
    <message>
        <source>Read earnings calls against the numbers. With no sub-command, opens the window.</source>
        <translation>對照財務數字閱讀法說會。未指定子命令時會開啟視窗。</translation>
    </message>
    <message>
        <source>Sub-command to run:</source>
        <translation>要執行的子命令：</translation>
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Unknown sub-command: %1 (see --help)</source>
        <translation>未知的子命令：%1(請參閱 --help)</translation>
    </message>
    <message>
        <source>Chart pane to show in the window.</source>
        <translation>視窗中顯示的圖表窗格。</translation>
    </message>
    <message>
        <source>Interface language for this run.</source>
        <translation>本次執行使用的介面語言。</translation>
    </message>
    <message>
        <source>Use a dark palette for this run.</source>
        <translation>本次執行使用深色配色。</translation>
    </message>
    <message>
        <source>%1 draws, and cannot run without the window&apos;s module</source>
        <translation>%1 需要繪圖，沒有視窗模組無法執行</translation>
    </message>
    <message>
        <source>Stock price per share (put-calc).</source>
        <translation>每股股價（put-calc）。</translation>
    </message>
    <message>
        <source>Strike of the put (put-calc).</source>
        <translation>Put 的履約價（put-calc）。</translation>
    </message>
    <message>
        <source>Premium received per share (put-calc).</source>
        <translation>每股收到的權利金（put-calc）。</translation>
    </message>
    <message>
        <source>Day the put is sold (put-calc).</source>
        <translation>賣出 Put 的日期（put-calc）。</translation>
    </message>
    <message>
        <source>Expiry date of the put (put-calc).</source>
        <translation>Put 的到期日（put-calc）。</translation>
    </message>
    <message>
        <source>Contracts of 100 shares sold (put-calc; default 1).</source>
        <translation>賣出的口數，每口 100 股（put-calc；預設 1）。</translation>
    </message>
    <message>
        <source>Fees for the whole trade, in dollars (put-calc; default 0).</source>
        <translation>整筆交易的手續費，以美元計（put-calc；預設 0）。</translation>
    </message>
    <message>
        <source>Implied volatility, e.g. 45 for 45% (put-calc; optional).</source>
        <translation>隱含波動率，例如 45 代表 45%（put-calc；可省略）。</translation>
    </message>
    <message>
        <source>Risk-free rate, e.g. 4.3 for 4.3% (put-calc; default 0).</source>
        <translation>無風險利率，例如 4.3 代表 4.3%（put-calc；預設 0）。</translation>
    </message>
    <message>
        <source>Days counted: calendar (365 a year, default) or trading (252) (put-calc).</source>
        <translation>天數算法：calendar（日曆日，一年 365 天，預設）或 trading（交易日，一年 252 天）（put-calc）。</translation>
    </message>
    <message>
        <source>Stock price to work out the result at (put-calc).</source>
        <translation>試算損益時的股價（put-calc）。</translation>
    </message>
    <message>
        <source>Date to value the put on before expiry (put-calc, with --iv).</source>
        <translation>到期前評價 Put 的日期（put-calc，需搭配 --iv）。</translation>
    </message>
    <message>
        <source>put-calc --price P --strike K --premium X --trade-date D --expiry D [--contracts N] [--fees F] [--iv V] [--rate R] [--day-basis calendar|trading] [--json]  Work out selling a put, with every formula</source>
        <translation>put-calc --price P --strike K --premium X --trade-date D --expiry D [--contracts N] [--fees F] [--iv V] [--rate R] [--day-basis calendar|trading] [--json]  試算賣出 Put，列出每條公式</translation>
    </message>
    <message>
        <source>put-scenarios --call ID [--json]  Put scenarios saved with a call, worked out</source>
        <translation>put-scenarios --call ID [--json]  列出隨法說會儲存的 Put 試算情境及其結果</translation>
    </message>
    <message>
        <source>remove ID  Remove a call with its annotations from the library</source>
        <translation>remove ID  從資料庫移除一場法說會及其註記</translation>
    </message>
    <message>
        <source>pair ID_A ID_B [--json]  Pair the questions of two versions of one call (e.g. a translation and its original), with the evidence</source>
        <translation>pair ID_A ID_B [--json]  將同一場法說會的兩個版本（例如譯文與原文）逐題配對，並列出依據</translation>
    </message>
    <message>
        <source>compare-numbers ID_A ID_B [--json]  The numbers of each paired question side by side, flagging those that differ or are on one side only</source>
        <translation>compare-numbers ID_A ID_B [--json]  並列每組配對問題中的數字，標出數值不同或僅見於一方者</translation>
    </message>
    <message>
        <source>repair ID_A ID_B QUESTION_A QUESTION_B|none|auto  Pair a question by hand (none: it has no counterpart; auto: back to the aligner&apos;s choice)</source>
        <translation>repair ID_A ID_B QUESTION_A QUESTION_B|none|auto  手動配對一個問題（none：沒有對應的問題；auto：改回系統自動配對）</translation>
    </message>
    <message>
        <source>Most hits to print (search; default 50; changes: 20 each way).</source>
        <translation>最多輸出的結果數(search：預設 50；changes：升降各 20)。</translation>
    </message>
    <message>
        <source>Split a trend by speaker (default) or by role (trend).</source>
        <translation>趨勢依發言者(預設)或依角色分列(trend)。</translation>
    </message>
    <message>
        <source>Leave analysts out of a trend (trend).</source>
        <translation>趨勢不計分析師(trend)。</translation>
    </message>
    <message>
        <source>trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv]  Count terms call by call, per speaker or role</source>
        <translation>trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv]  逐場法說會統計詞語，依發言者或角色分列</translation>
    </message>
    <message>
        <source>changes CALL_ID [--limit N] [--json]  Terms that rose or fell most since the company&apos;s previous call</source>
        <translation>changes CALL_ID [--limit N] [--json]  與該公司上一場法說會相比，使用次數升降最多的詞語</translation>
    </message>
    <message>
        <source>import-financials FILE.csv|FILE.json [--company T]  Import figures from CSV or SEC company facts (all or none)</source>
        <translation>import-financials 檔案.csv|檔案.json [--company 代號]  從 CSV 或 SEC 公司事實資料匯入數據（全部或全不）</translation>
    </message>
    <message>
        <source>Chinese script of the call&apos;s text (show: default original; export-call: default the window&apos;s choice). Characters only, words as said.</source>
        <translation>電話會議內文的中文字體（show：預設為原文；export-call：預設為視窗的選擇）。只轉換字形，用詞照原話。</translation>
    </message>
    <message>
        <source>show ID [--script traditional|simplified|original] [--json]  Print a call</source>
        <translation>show ID [--script traditional|simplified|original] [--json]  列印一場電話會議</translation>
    </message>
    <message>
        <source>export-call ID --out FILE.pdf [--script traditional|simplified|original]  Save a call with its notes as PDF, as the window exports it</source>
        <translation>export-call ID --out FILE.pdf [--script traditional|simplified|original]  將電話會議連同筆記存成 PDF，與視窗匯出的相同</translation>
    </message>
    <message>
        <source>--script must be traditional, simplified or original, not %1</source>
        <translation>--script 必須是 traditional、simplified 或 original，而不是 %1</translation>
    </message>
    <message>
        <source>Give the turn this speaker, listed or not (edit-turn).</source>
        <translation>將此發言改為這位發言者，不論是否在與會者名單中(edit-turn)。</translation>
    </message>
    <message>
        <source>Split the turn before this character of its text, from 0 (edit-turn).</source>
        <translation>在發言文字的這個字元之前分割，從 0 起算(edit-turn)。</translation>
    </message>
    <message>
        <source>Merge the turn into the one before it (edit-turn).</source>
        <translation>將此發言併入前一則發言(edit-turn)。</translation>
    </message>
    <message>
        <source>A new question starts with the turn (edit-turn).</source>
        <translation>新的問題從此發言開始(edit-turn)。</translation>
    </message>
    <message>
        <source>The question the turn starts is none: it joins the one before (edit-turn).</source>
        <translation>此發言開始的問題並非新問題：併入前一個問題(edit-turn)。</translation>
    </message>
    <message>
        <source>The Q&amp;A starts with the turn (edit-turn).</source>
        <translation>問答 (Q&amp;A) 從此發言開始(edit-turn)。</translation>
    </message>
    <message>
        <source>edit-turn CALL_ID TURN_ID --speaker NAME|--split-at N|--merge-previous|--question-starts|--not-question|--qa-starts [--json]  Fix what the parser made of a turn (kept when the call is re-imported)</source>
        <translation>edit-turn CALL_ID TURN_ID --speaker NAME|--split-at N|--merge-previous|--question-starts|--not-question|--qa-starts [--json]  修正解析器對某則發言的判讀(重新匯入法說會時仍會保留)</translation>
    </message>
    <message>
        <source>Product whose ramp export-chart product draws (default: the company&apos;s first).</source>
        <translation>export-chart product 繪製哪個產品的放量（預設：該公司的第一個產品）。</translation>
    </message>
    <message>
        <source>export-chart revenue|margin|product --out FILE.png|.svg|.pdf [--company T] [--product P] [--from Q] [--to Q] [--size WxH]  Export a chart</source>
        <translation>export-chart revenue|margin|product --out 檔案.png|.svg|.pdf [--company T] [--product P] [--from Q] [--to Q] [--size WxH]  匯出圖表</translation>
    </message>
    <message>
        <source>Export format (notes, trend, guidance).</source>
        <translation>匯出格式（notes、trend、guidance）。</translation>
    </message>
    <message>
        <source>guidance [--company T] [--json|--format csv|md]  What management guided, for which period, and how it turned out against the figures</source>
        <translation>guidance [--company T] [--json|--format csv|md]  管理層給出的財測、針對的期間，以及與實際數據相比的結果</translation>
    </message>
    <message>
        <source>check-numbers CALL_ID [--json]  The numbers a call states about reported figures, each checked against the stored figures</source>
        <translation>check-numbers CALL_ID [--json]  法說會中提到的已公布數據，逐一與資料庫中的數據核對</translation>
    </message>
</context>
<context>
    <name>CompanyFacts</name>
    <message>
        <source>%1 filed on %2, accession %3</source>
        <translation>%2 申報的 %1，登錄號 %3</translation>
    </message>
    <message>
        <source>name the company&apos;s ticker (capital letters, digits, dots); company facts identify a company by its CIK only</source>
        <translation>請指定公司的股票代號（大寫字母、數字、句點）；公司事實資料只以 CIK 標示公司</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>不是有效的 JSON：第 %2 位元組處%1</translation>
    </message>
    <message>
        <source>not SEC company facts: there is no &quot;facts&quot; object (expected the file EDGAR serves as CIK##########.json)</source>
        <translation>不是 SEC 公司事實資料：沒有「facts」物件（應為 EDGAR 提供的 CIK##########.json 檔案）</translation>
    </message>
    <message>
        <source>no revenue concept with periods (looked for us-gaap Revenues, RevenueFromContractWithCustomerExcludingAssessedTax, SalesRevenueNet and ifrs-full Revenue)</source>
        <translation>沒有帶期間的營收概念（已尋找 us-gaap 的 Revenues、RevenueFromContractWithCustomerExcludingAssessedTax、SalesRevenueNet 及 ifrs-full 的 Revenue）</translation>
    </message>
    <message>
        <source>no annual report (10-K) period to learn the fiscal year end from</source>
        <translation>沒有年報（10-K）期間可得知會計年度的結束日</translation>
    </message>
    <message>
        <source>%1 is in &quot;%2&quot;, which is not a currency</source>
        <translation>%1 的單位是「%2」，不是貨幣</translation>
    </message>
    <message>
        <source>%1 is in %2; the library keeps figures in US dollars</source>
        <translation>%1 以 %2 計；資料庫以美元保存數據</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>restated: first reported as %1 in the %2</source>
        <translation>重編：最初在%2中報告為 %1</translation>
    </message>
    <message>
        <source>%1 minus %2 (%3)</source>
        <translation>%1 減 %2（%3）</translation>
    </message>
    <message>
        <source>derived: fiscal year %1 %2 minus the nine months to %3, %4</source>
        <translation>推算：會計年度 %1 的 %2 減截至 %3 的九個月 %4</translation>
    </message>
    <message>
        <source>computed: %1 minus %2</source>
        <translation>計算：%1 減 %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>computed: gross profit %1 / revenue %2 (%3)</source>
        <translation>計算：毛利 %1 ÷ 營收 %2（%3）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是一般檔案</translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than any company facts file (at most %3)</source>
        <translation>%1：%2 位元組超過任何公司事實資料檔案（最多 %3）</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：無法讀取檔案：%2</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1：未匯入任何資料：%2</translation>
    </message>
    <message>
        <source>no revenue for a fiscal quarter or a whole fiscal year</source>
        <translation>沒有任何財季或整個會計年度的營收</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotationCommand</name>
    <message>
        <source>Delete annotation &quot;%1&quot;</source>
        <translation>刪除註記「%1」</translation>
    </message>
    <message>
        <source>Could not delete the annotation &quot;%1&quot;</source>
        <translation>無法刪除註記「%1」</translation>
    </message>
</context>
<context>
    <name>DeletePutScenarioCommand</name>
    <message>
        <source>Delete put scenario &quot;%1&quot;</source>
        <translation>刪除 Put 試算情境「%1」</translation>
    </message>
    <message>
        <source>Could not delete the put scenario &quot;%1&quot;</source>
        <translation>無法刪除 Put 試算情境「%1」</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Edit annotation &quot;%1&quot;</source>
        <translation>編輯註記「%1」</translation>
    </message>
    <message>
        <source>Could not save the annotation &quot;%1&quot;</source>
        <translation>無法儲存註記「%1」</translation>
    </message>
</context>
<context>
    <name>EditCallDetailsCommand</name>
    <message>
        <source>Edit the details of %1</source>
        <translation>編輯 %1 的資料</translation>
    </message>
    <message>
        <source>Could not change the details of %1</source>
        <translation>無法變更 %1 的資料</translation>
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
        <translation>新增數據 %1</translation>
    </message>
    <message>
        <source>Remove figure %1</source>
        <translation>移除數據 %1</translation>
    </message>
    <message>
        <source>Edit figure %1</source>
        <translation>編輯數據 %1</translation>
    </message>
    <message>
        <source>Could not add the figure %1</source>
        <translation>無法新增數據 %1</translation>
    </message>
    <message>
        <source>Could not remove the figure %1</source>
        <translation>無法移除數據 %1</translation>
    </message>
    <message>
        <source>Could not save the figure %1</source>
        <translation>無法儲存數據 %1</translation>
    </message>
    <message>
        <source>Could not save the figure</source>
        <translation>無法儲存數據</translation>
    </message>
</context>
<context>
    <name>EditSpeakerCommand</name>
    <message>
        <source>Edit speaker %1</source>
        <translation>編輯發言者 %1</translation>
    </message>
    <message>
        <source>Could not rename the speaker %1 to %2</source>
        <translation>無法將發言者 %1 更名為 %2</translation>
    </message>
    <message>
        <source>Could not change the firm of the speaker %1</source>
        <translation>無法變更發言者 %1 的所屬機構</translation>
    </message>
    <message>
        <source>Could not save the speaker %1</source>
        <translation>無法儲存發言者 %1</translation>
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
        <translation>+%1 個百分點</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>disclosed</source>
        <translation>已揭露</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估計值</translation>
    </message>
</context>
<context>
    <name>FigureSource</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1與%2</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>新聞稿</translation>
    </message>
    <message>
        <source>the article that comes with the sample call</source>
        <translation>範例法說會所附的文章</translation>
    </message>
    <message>
        <source>%1 %2 for %3</source>
        <translation>%1 %3 %2</translation>
    </message>
    <message>
        <source>%1 earnings call for %2</source>
        <translation>%1 %2 法說會</translation>
    </message>
    <message>
        <source>%1, filed %2</source>
        <translation>%1（%2 申報）</translation>
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
        <translation>%1 %2 法說會</translation>
    </message>
    <message>
        <source>%1 %2, filed %3</source>
        <translation>%1 %2（%3 申報）</translation>
    </message>
    <message>
        <source>%1 %2 filings, filed %3 to %4</source>
        <translation>%1 %2 申報文件（%3 至 %4 申報）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
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
        <translation>數值：%1 (儲存為 %2)</translation>
    </message>
    <message>
        <source>Quarter ended %1</source>
        <translation>季度結束日：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Entered or changed by you, not taken from the source.</source>
        <translation>由您輸入或修改，並非取自來源。</translation>
    </message>
    <message>
        <source>(statement)</source>
        <translation>(財報)</translation>
    </message>
    <message>
        <source>user-entered</source>
        <translation>使用者輸入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>“%1” is not a number; %2 %3 was not changed.</source>
        <translation>「%1」不是數字；%2 %3 未變更。</translation>
    </message>
    <message>
        <source>%1 %2 was not changed: %3</source>
        <translation>%1 %2 未變更：%3</translation>
    </message>
    <message>
        <source>The figure was not added: %1</source>
        <translation>未新增數據：%1</translation>
    </message>
    <message>
        <source>There is already a %1 figure for %2 in %3; edit it instead.</source>
        <translation>%3 已有 %2 的%1數據；請改為編輯該筆數據。</translation>
    </message>
    <message>
        <source>%1 %2 came from %3 and cannot be removed; edit its value instead.</source>
        <translation>%1 %2 來自 %3，無法移除；請改為編輯其數值。</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>建立方式</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>原始記錄：%1</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1 (quarter ended %2)</source>
        <translation>%1 (季度結束日：%2)</translation>
    </message>
    <message>
        <source>Entered by you in the Figures table, not taken from the source below.</source>
        <translation>由您在「數據」表格中輸入，並非取自下方來源。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
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
        <translation>%1（會計年度截至 %2）</translation>
    </message>
</context>
<context>
    <name>FiguresDock</name>
    <message>
        <source>Figures</source>
        <translation>數據</translation>
    </message>
    <message>
        <source>Filter figures</source>
        <translation>篩選數據</translation>
    </message>
    <message>
        <source>Figures of the open call&apos;s company</source>
        <translation>目前法說會所屬公司的數據</translation>
    </message>
    <message>
        <source>Add Estimate…</source>
        <translation>新增估計值…</translation>
    </message>
    <message>
        <source>Enter a figure of your own; it is marked as user-entered</source>
        <translation>自行輸入數據；該數據會標示為使用者輸入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected figures you entered</source>
        <translation>移除選取的自行輸入數據</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Import figures from a CSV file</source>
        <translation>從 CSV 檔匯入數據</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export the figures of this company to a CSV file</source>
        <translation>將此公司的數據匯出為 CSV 檔</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…以及另外 %n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>未從 %1 匯入任何資料：
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) from %1</source>
        <translation>
            <numerusform>已從 %1 匯入 %n 筆數據</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Financials</source>
        <translation>匯入財務數據</translation>
    </message>
    <message>
        <source>Export Financials</source>
        <translation>匯出財務數據</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n figure(s) to %1</source>
        <translation>
            <numerusform>已將 %n 筆數據匯出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Estimate for %1</source>
        <translation>新增 %1 的估計值</translation>
    </message>
    <message>
        <source>in the metric&apos;s unit: US$ millions, % or US$</source>
        <translation>使用指標的單位：百萬美元、% 或美元</translation>
    </message>
    <message>
        <source>how you arrived at it</source>
        <translation>您如何得出此數值</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指標(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>數值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>“%1” is not a fiscal quarter like FY2026Q1; nothing was added.</source>
        <translation>「%1」不是像 FY2026Q1 這樣的財季；未新增任何數據。</translation>
    </message>
    <message>
        <source>“%1” is not a number; nothing was added.</source>
        <translation>「%1」不是數字；未新增任何數據。</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手動輸入</translation>
    </message>
    <message>
        <source>Added an estimate of %1 for %2</source>
        <translation>已為 %2 新增估計值 %1</translation>
    </message>
    <message>
        <source>Importing company facts…</source>
        <translation>正在匯入公司事實資料…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of %1 from %2 (%3 fourth quarters derived, %4 restated)</source>
        <translation>
            <numerusform>已從 %2 匯入 %1 的 %n 筆數據（%3 個第四季經推算，%4 筆經重編）</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures (*.csv *.json);;CSV files (*.csv);;SEC company facts (*.json);;All files (*)</source>
        <translation>數據 (*.csv *.json);;CSV 檔案 (*.csv);;SEC 公司事實資料 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>SEC company facts name a company by its CIK only. Ticker to file the figures under:</source>
        <translation>SEC 公司事實資料只以 CIK 標示公司。請輸入要存放這些數據的股票代號：</translation>
    </message>
    <message>
        <source>Add Disclosure…</source>
        <translation>新增揭露…</translation>
    </message>
    <message>
        <source>Enter what the company disclosed about a product (or your estimate), with its source</source>
        <translation>輸入公司對某產品揭露的內容（或您的估計值），並註明來源</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of %1 from %2: fiscal years only, the file has no quarters (%3 restated)</source>
        <translation>
            <numerusform>已從 %2 匯入 %1 的 %n 筆數據：僅有會計年度，檔案中沒有季度（%3 筆經重編）</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>「%1」不是數字</translation>
    </message>
    <message>
        <source>The disclosure was not added: %1.</source>
        <translation>未新增此揭露：%1。</translation>
    </message>
    <message>
        <source>Added %1 for %2 (%3)</source>
        <translation>已新增 %2 的%1（%3）</translation>
    </message>
</context>
<context>
    <name>FinancialCsv</name>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>第 %1 行:欄位的結尾引號後還有文字</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>第 %1 行:未加引號的欄位中含有引號(請以引號括住整個欄位,並將該引號重複兩次)</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第 %1 行:加引號的欄位缺少結尾引號</translation>
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
        <translation>檔案不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>檔案是空的;應有標題列 %1</translation>
    </message>
    <message>
        <source>the header must be %1</source>
        <translation>標題列必須是 %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>應有 %1 個欄位,實際為 %2 個</translation>
    </message>
    <message>
        <source>bad fiscal quarter &quot;%1&quot; (expected FY2025Q4)</source>
        <translation>無效的財季「%1」(格式應為 FY2025Q4)</translation>
    </message>
    <message>
        <source>bad period end date &quot;%1&quot; (expected yyyy-mm-dd)</source>
        <translation>無效的期末日期「%1」(格式應為 yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected actual, guidance, disclosed or estimate)</source>
        <translation>未知的類型「%1」(應為 actual、guidance、disclosed 或 estimate)</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number</source>
        <translation>值「%1」不是數字</translation>
    </message>
    <message>
        <source>user_entered must be 0 or 1, not &quot;%1&quot;</source>
        <translation>user_entered 必須是 0 或 1,而非「%1」</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2 %3 %4 %5)</source>
        <translation>與第 %1 行重複(%2 %3 %4 %5)</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1:未匯入任何資料:%2</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1:無法寫入檔案:%2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this call</source>
        <translation>在此法說會中尋找</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>尋找文字</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>上一個相符處 (%1)</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>下一個相符處 (%1)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>關閉尋找列 (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>沒有相符處</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 個相符處</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 個,共 %2 個</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Cannot open the library</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size 必須是 WIDTHxHEIGHT 格式,例如 1280x800</translation>
    </message>
    <message>
        <source>--language must be one of %1</source>
        <translation>--language 必須是下列之一:%1</translation>
    </message>
    <message>
        <source>Could not start a window for %1.</source>
        <translation>無法為 %1 開啟新視窗。</translation>
    </message>
    <message>
        <source>--pane must be revenue, margin or product</source>
        <translation>--pane 必須是 revenue、margin 或 product</translation>
    </message>
</context>
<context>
    <name>GuidanceDock</name>
    <message>
        <source>No call is open.</source>
        <translation>沒有開啟的法說會。</translation>
    </message>
    <message>
        <source>Guidance statements in this call: %1.</source>
        <translation>此法說會的財測陳述：%1 則。</translation>
    </message>
    <message>
        <source>Guidance statements in the calls of %1: %2.</source>
        <translation>%1 各場法說會的財測陳述：%2 則。</translation>
    </message>
    <message>
        <source>Statements that differ from the outlook in the company&apos;s release: %1.</source>
        <translation>與公司財報新聞稿中的財測不一致的陳述：%1 則。</translation>
    </message>
    <message>
        <source>%1 numbers about reported figures: %2 match, %3 differ, %4 cannot be checked.</source>
        <translation>關於已公布數據的數字 %1 個：%2 個相符，%3 個不符，%4 個無法核對。</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>所有指標</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>所有期間</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>財測紀錄</translation>
    </message>
    <message>
        <source>Numbers in This Call</source>
        <translation>此法說會的數字</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>顯示已排除</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>As Found</source>
        <translation>撤回決定</translation>
    </message>
    <message>
        <source>Mark the selected entry as checked against the call</source>
        <translation>將選取的項目標示為已對照法說會核實</translation>
    </message>
    <message>
        <source>The selected sentence is not guidance; keep it out of the ledger</source>
        <translation>選取的句子不是財測；不列入財測紀錄</translation>
    </message>
    <message>
        <source>Take back the decision on the selected entry</source>
        <translation>撤回對選取項目的決定</translation>
    </message>
    <message>
        <source>Guidance ledger</source>
        <translation>財測紀錄</translation>
    </message>
    <message>
        <source>Numbers of the open call, checked against the figures</source>
        <translation>目前法說會的數字，與數據核對的結果</translation>
    </message>
    <message>
        <source>Show the guidance on this metric</source>
        <translation>顯示此指標的財測</translation>
    </message>
    <message>
        <source>Show the guidance for this period</source>
        <translation>顯示此期間的財測</translation>
    </message>
</context>
<context>
    <name>GuidanceEditDialog</name>
    <message>
        <source>The whole fiscal year</source>
        <translation>整個財年</translation>
    </message>
    <message>
        <source>Late in the year</source>
        <translation>年度稍晚</translation>
    </message>
    <message>
        <source>Edit Guidance</source>
        <translation>編輯財測</translation>
    </message>
    <message>
        <source> $M</source>
        <translation> 百萬美元</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> 個基點</translation>
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
        <translation>結束季度(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>GuidanceMetrics</name>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Data Center revenue</source>
        <translation>資料中心營收</translation>
    </message>
    <message>
        <source>Gaming revenue</source>
        <translation>遊戲營收</translation>
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
        <translation>GAAP 營業費用</translation>
    </message>
    <message>
        <source>Non-GAAP operating expenses</source>
        <translation>非 GAAP 營業費用</translation>
    </message>
    <message>
        <source>Operating expenses</source>
        <translation>營業費用</translation>
    </message>
    <message>
        <source>Other income and expense</source>
        <translation>其他收入與費用</translation>
    </message>
    <message>
        <source>GAAP tax rate</source>
        <translation>GAAP 稅率</translation>
    </message>
    <message>
        <source>Non-GAAP tax rate</source>
        <translation>非 GAAP 稅率</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>稅率</translation>
    </message>
    <message>
        <source>A segment&apos;s revenue</source>
        <translation>某一業務部門的營收</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>營業利益</translation>
    </message>
    <message>
        <source>GAAP net income</source>
        <translation>GAAP 淨利</translation>
    </message>
</context>
<context>
    <name>GuidanceTableModel</name>
    <message>
        <source>%1 bp</source>
        <translation>%1 個基點</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>在區間內</translation>
    </message>
    <message>
        <source>Above, by %1</source>
        <translation>高於區間 %1</translation>
    </message>
    <message>
        <source>Below, by %1</source>
        <translation>低於區間 %1</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>尚未公布</translation>
    </message>
    <message>
        <source>No figure to check</source>
        <translation>沒有可核對的數據</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已擷取</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已編輯</translation>
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
        <translation>%1（分析師）</translation>
    </message>
    <message>
        <source>The range of the band, as the company defined it: %1</source>
        <translation>區間範圍依公司自己的定義：%1</translation>
    </message>
    <message>
        <source>The release&apos;s outlook differs: %1</source>
        <translation>財報新聞稿的財測不同：%1</translation>
    </message>
    <message>
        <source>The release&apos;s outlook agrees: %1</source>
        <translation>財報新聞稿的財測一致：%1</translation>
    </message>
    <message>
        <source>Reported figure: %1</source>
        <translation>公布的數據：%1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>法說會</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>For</source>
        <translation>目標期間</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>發言者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1, not what the call said</source>
        <translation>%1，與法說會所述不同</translation>
    </message>
    <message>
        <source>Release&apos;s outlook</source>
        <translation>財報新聞稿的財測</translation>
    </message>
</context>
<context>
    <name>GuidedRanges</name>
    <message>
        <source>%1 %2, %3: “%4”
%5 guided %6 for %7: %8</source>
        <translation>%1 %2，%3：「%4」
%5 %7 財測 %6：%8</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing transcripts…</source>
        <translation>正在匯入逐字稿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>正在匯入 %1 (第 %2 個,共 %3 個)…</translation>
    </message>
    <message>
        <source>Import transcripts</source>
        <translation>匯入逐字稿</translation>
    </message>
    <message numerus="yes">
        <source>✓ %1: %2 (%n question(s))</source>
        <translation>
            <numerusform>✓ %1:%2 (%n 個問題)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>已匯入 %n 個檔案中的 %1 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not imported.</source>
        <translation>
            <numerusform>已取消:%n 個檔案未匯入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>已取消匯入。</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Could not undo &quot;%1&quot;</source>
        <translation>無法復原「%1」</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the library refused the change</source>
        <translation>資料庫拒絕了這項變更</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>Cannot open library %1: %2</source>
        <translation>無法開啟資料庫 %1:%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>這是資料夾</translation>
    </message>
    <message>
        <source>the file is not an Earnings Reader library (not an SQLite database); it was not changed</source>
        <translation>此檔案不是 Earnings Reader 資料庫(不是 SQLite 資料庫);未做任何變更</translation>
    </message>
    <message>
        <source>the file is damaged (%1); it was not changed</source>
        <translation>檔案已損毀 (%1);未做任何變更</translation>
    </message>
    <message>
        <source>it was written by a newer version of Earnings Reader (schema %1; this version knows up to %2); it was not changed</source>
        <translation>此檔案由較新版本的 Earnings Reader 寫入(結構描述 %1;此版本最高支援 %2);未做任何變更</translation>
    </message>
    <message>
        <source>the file is read-only and needs an upgrade from schema %1 to %2</source>
        <translation>檔案為唯讀,但需要將結構描述從 %1 升級到 %2</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>升級到結構描述 %1 失敗:%2</translation>
    </message>
    <message>
        <source>the library %1 is open read-only</source>
        <translation>資料庫 %1 以唯讀模式開啟</translation>
    </message>
    <message>
        <source>this text is already in the library as call %1</source>
        <translation>資料庫中已有此內容,即法說會 %1</translation>
    </message>
    <message>
        <source>call %1 does not exist</source>
        <translation>法說會 %1 不存在</translation>
    </message>
    <message>
        <source>speaker %1 does not exist</source>
        <translation>發言者 %1 不存在</translation>
    </message>
    <message>
        <source>%1 (the disk may be full or the library file cannot be written; nothing was changed)</source>
        <translation>%1(磁碟可能已滿,或資料庫檔案無法寫入;未做任何變更)</translation>
    </message>
    <message>
        <source>it is a SQLite database but not an Earnings Reader library; it was not changed</source>
        <translation>此檔案是 SQLite 資料庫,但不是 Earnings Reader 資料庫;未做任何變更</translation>
    </message>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>資料庫連線不是 SQLite</translation>
    </message>
    <message>
        <source>it holds objects Earnings Reader does not create (%1); it was not changed</source>
        <translation>其中含有 Earnings Reader 不會建立的物件(%1);未做任何變更</translation>
    </message>
    <message>
        <source>parts of its schema are missing (%1); it was not changed</source>
        <translation>其結構描述缺少部分內容(%1);未做任何變更</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>無法讀取結構描述版本：%1</translation>
    </message>
    <message>
        <source>its schema version is %1, which no version of Earnings Reader writes; it was not changed</source>
        <translation>其結構描述版本為 %1，沒有任何版本的 Earnings Reader 會寫入此版本；未做任何變更</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); nothing more is written to it. Open a backup, or recover what can be read with sqlite3&apos;s .recover</source>
        <translation>資料庫 %1 已損毀（%2）；不會再寫入任何內容。請開啟備份，或以 sqlite3 的 .recover 救回可讀取的部分</translation>
    </message>
    <message>
        <source>an annotation covers that place; a turn cannot be split inside a highlight</source>
        <translation>該處有註記；無法在螢光標記之內分割發言</translation>
    </message>
    <message>
        <source>question %1 would no longer exist, and it has a mark or a pairing made by hand; remove those first</source>
        <translation>問題 %1 將不復存在，而它有標示或手動配對；請先移除這些</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticker (capital letters, digits, dots)</source>
        <translation>「%1」不是股票代號（大寫字母、數字、句點）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal period (expected FY2025Q4)</source>
        <translation>「%1」不是財政期間（應為 FY2025Q4 格式）</translation>
    </message>
    <message>
        <source>a call needs a title</source>
        <translation>法說會必須有標題</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has control characters</source>
        <translation>文字「%1」含有控制字元</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zoom: %1%</source>
        <translation>縮放:%1%</translation>
    </message>
    <message>
        <source>Read-only library: changes cannot be saved</source>
        <translation>唯讀資料庫:無法儲存變更</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Transcript…</source>
        <translation>匯入逐字稿(&amp;I)…</translation>
    </message>
    <message>
        <source>Import one or more transcript text files into the library</source>
        <translation>將一或多個逐字稿文字檔匯入資料庫</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>下一個問題(&amp;N)</translation>
    </message>
    <message>
        <source>Scroll to the next analyst question</source>
        <translation>捲動到下一個分析師問題</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>上一個問題(&amp;P)</translation>
    </message>
    <message>
        <source>Scroll to the previous analyst question</source>
        <translation>捲動到上一個分析師問題</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Earnings Reader</source>
        <translation>關於 Earnings Reader(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>匯出圖表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the chart shown beside the transcript as PNG, SVG or PDF</source>
        <translation>將逐字稿旁的圖表存成 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Copy C&amp;hart as Image</source>
        <translation>複製圖表為影像(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the chart shown beside the transcript to the clipboard</source>
        <translation>將逐字稿旁的圖表複製到剪貼簿</translation>
    </message>
    <message>
        <source>Import &amp;Financials…</source>
        <translation>匯入財務數據(&amp;F)…</translation>
    </message>
    <message>
        <source>Import figures from a CSV file; a file with a bad row imports nothing</source>
        <translation>從 CSV 檔匯入數據;有錯誤列的檔案不會匯入任何資料</translation>
    </message>
    <message>
        <source>Export Fi&amp;nancials…</source>
        <translation>匯出財務數據(&amp;L)…</translation>
    </message>
    <message>
        <source>Export the figures of the open call&apos;s company to a CSV file</source>
        <translation>將目前法說會公司的數據匯出為 CSV 檔</translation>
    </message>
    <message>
        <source>&amp;Find in Call…</source>
        <translation>在法說會中尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the open call, in either script</source>
        <translation>在目前法說會中尋找文字(繁簡皆可)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match in the open call</source>
        <translation>前往目前法說會的下一個相符處</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>尋找上一個(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match in the open call</source>
        <translation>前往目前法說會的上一個相符處</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜尋資料庫(&amp;L)…</translation>
    </message>
    <message>
        <source>Search all calls in Chinese (either script) or English</source>
        <translation>以中文(繁簡皆可)或英文搜尋所有法說會</translation>
    </message>
    <message>
        <source>Show &amp;Simplified Characters</source>
        <translation>顯示簡體字(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Traditional Characters</source>
        <translation>顯示繁體字(&amp;T)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Questions of the open call</source>
        <translation>目前法說會的問題</translation>
    </message>
    <message>
        <source>Calls in the library</source>
        <translation>資料庫中的法說會</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>逐字稿</translation>
    </message>
    <message>
        <source>Call %1 is not in the library.</source>
        <translation>資料庫中沒有法說會 %1。</translation>
    </message>
    <message>
        <source>%1 is not a fiscal quarter like FY2025Q4.</source>
        <translation>%1 不是像 FY2025Q4 這樣的財季。</translation>
    </message>
    <message>
        <source>This is the last question.</source>
        <translation>這是最後一個問題。</translation>
    </message>
    <message>
        <source>This is the first question.</source>
        <translation>這是第一個問題。</translation>
    </message>
    <message>
        <source>Import Transcripts</source>
        <translation>匯入逐字稿</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>逐字稿 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Earnings Reader</source>
        <translation>Earnings Reader</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, transcript font and script, chart export, library file</source>
        <translation>語言、逐字稿字型與字體、圖表匯出、資料庫檔案</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Earnings Reader libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Earnings Reader 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>No other library opened yet</source>
        <translation>尚未開啟過其他資料庫</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another library file in a new window</source>
        <translation>在新視窗中開啟另一個資料庫檔案</translation>
    </message>
    <message>
        <source>Open &amp;Recent Library</source>
        <translation>最近開啟的資料庫(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Show the call in Simplified characters (mainland vocabulary too if chosen in Settings)</source>
        <translation>以簡體字顯示電話會議（若在設定中選擇，也轉換為大陸用詞）</translation>
    </message>
    <message>
        <source>Show the call in Traditional characters (Taiwan vocabulary too if chosen in Settings)</source>
        <translation>以繁體字顯示電話會議（若在設定中選擇，也轉換為台灣用詞）</translation>
    </message>
    <message>
        <source>Show Page &amp;Furniture</source>
        <translation>顯示頁面雜項(&amp;F)</translation>
    </message>
    <message>
        <source>Show tables of contents, participant lists, page headers and advertisements with the transcript</source>
        <translation>在逐字稿中顯示目錄、與會者名單、頁首與廣告</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用說明(&amp;U)</translation>
    </message>
    <message>
        <source>Read how to import, read, annotate and chart calls</source>
        <translation>了解如何匯入、閱讀、註記法說會並繪製圖表</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>List the keys of every command</source>
        <translation>列出每個指令的按鍵</translation>
    </message>
    <message>
        <source>Correct the open call&apos;s company, fiscal period, date or title</source>
        <translation>修正開啟中法說會的公司、財政期間、日期或標題</translation>
    </message>
    <message>
        <source>Call Deta&amp;ils…</source>
        <translation>法說會資料(&amp;I)…</translation>
    </message>
    <message>
        <source>Read Side by Side with the Open Call</source>
        <translation>與目前的法說會並排閱讀</translation>
    </message>
    <message>
        <source>Pair this call with the open one and read both, question by question</source>
        <translation>將這場法說會與目前的法說會配對，逐題對照閱讀兩者</translation>
    </message>
</context>
<context>
    <name>MarginChartBuilder</name>
    <message>
        <source>Margins</source>
        <translation>利潤率</translation>
    </message>
    <message>
        <source>%1 gross and net margin against the outlook given a quarter earlier</source>
        <translation>%1 毛利率與淨利率,對照前一季提出的財測</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>財季</translation>
    </message>
    <message>
        <source>Margin (% of revenue)</source>
        <translation>利潤率 (佔營收 %)</translation>
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
        <translation>淨利率 (計算值)</translation>
    </message>
    <message>
        <source>GAAP gross margin outlook</source>
        <translation>GAAP 毛利率財測</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin outlook</source>
        <translation>非 GAAP 毛利率財測</translation>
    </message>
    <message>
        <source>%1 outlook for %2: %3, given in the %4 release</source>
        <translation>%2 的 %1 財測:%3,於 %4 財報中提出</translation>
    </message>
    <message>
        <source>Actual: %1 (%2 against the outlook)</source>
        <translation>實際值:%1 (相較財測 %2)</translation>
    </message>
    <message>
        <source>Actual: not reported yet</source>
        <translation>實際值:尚未公布</translation>
    </message>
    <message>
        <source>Net margin: %1 (computed: GAAP net income %2 / revenue %3)</source>
        <translation>淨利率:%1 (計算方式:GAAP 淨利 %2 / 營收 %3)</translation>
    </message>
    <message>
        <source>no gross margin, operating income or net income for %1 yet; File &gt; Import Financials… adds them from SEC company facts (.json) or CSV</source>
        <translation>尚無 %1 的毛利率、營業利益或淨利；可用「檔案 &gt; 匯入財務數據…」從 SEC 公司事實資料（.json）或 CSV 加入</translation>
    </message>
    <message>
        <source>Operating margin (computed)</source>
        <translation>營業利益率（計算值）</translation>
    </message>
    <message>
        <source>Operating margin: %1 (computed: GAAP operating income %2 / revenue %3)</source>
        <translation>營業利益率：%1（計算：GAAP 營業利益 %2 ÷ 營收 %3）</translation>
    </message>
    <message>
        <source>%1 gross and net margin</source>
        <translation>%1 毛利率與淨利率</translation>
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
        <translation>營業利益率</translation>
    </message>
    <message>
        <source>net</source>
        <translation>淨利率</translation>
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
        <translation>%1 %2，對照前一季給出的展望</translation>
    </message>
    <message>
        <source>%1 %2 margin</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Operating margin is computed (GAAP operating income / revenue).</source>
        <translation>營業利益率為計算值（GAAP 營業利益 ÷ 營收）。</translation>
    </message>
    <message>
        <source>Net margin is computed (GAAP net income / revenue).</source>
        <translation>淨利率為計算值（GAAP 淨利 ÷ 營收）。</translation>
    </message>
    <message>
        <source>Hollow markers are the gross margin outlook from the previous quarter&apos;s release.</source>
        <translation>空心標記為前一季財報新聞稿給出的毛利率展望。</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>會計年度</translation>
    </message>
    <message>
        <source>%1, by fiscal year</source>
        <translation>%1（按會計年度）</translation>
    </message>
    <message>
        <source>Gross margin guided on the calls</source>
        <translation>法說會上的毛利率財測</translation>
    </message>
</context>
<context>
    <name>MarkQuestionCommand</name>
    <message>
        <source>Clear the mark of Q%1</source>
        <translation>清除 Q%1 的標記</translation>
    </message>
    <message>
        <source>Mark Q%1 &quot;%2&quot;</source>
        <translation>將 Q%1 標記為「%2」</translation>
    </message>
    <message>
        <source>Could not clear the mark of Q%1</source>
        <translation>無法清除 Q%1 的標記</translation>
    </message>
    <message>
        <source>Could not mark Q%1 &quot;%2&quot;</source>
        <translation>無法將 Q%1 標記為「%2」</translation>
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Data center revenue</source>
        <translation>資料中心營收</translation>
    </message>
    <message>
        <source>Data center compute revenue</source>
        <translation>資料中心運算營收</translation>
    </message>
    <message>
        <source>Data center networking revenue</source>
        <translation>資料中心網路營收</translation>
    </message>
    <message>
        <source>Gaming revenue</source>
        <translation>遊戲營收</translation>
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
        <translation>GAAP 淨利</translation>
    </message>
    <message>
        <source>GAAP diluted EPS</source>
        <translation>GAAP 稀釋每股盈餘</translation>
    </message>
    <message>
        <source>Revenue outlook for the next quarter</source>
        <translation>下一季營收財測</translation>
    </message>
    <message>
        <source>GAAP gross margin outlook for the next quarter</source>
        <translation>下一季 GAAP 毛利率財測</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin outlook for the next quarter</source>
        <translation>下一季非 GAAP 毛利率財測</translation>
    </message>
    <message>
        <source>Blackwell revenue</source>
        <translation>Blackwell 營收</translation>
    </message>
    <message>
        <source>Blackwell share of data center compute</source>
        <translation>Blackwell 佔資料中心運算營收比重</translation>
    </message>
    <message>
        <source>Blackwell sequential growth</source>
        <translation>Blackwell 季增率</translation>
    </message>
    <message>
        <source>Blackwell product mix</source>
        <translation>Blackwell 產品組合</translation>
    </message>
    <message>
        <source>Blackwell outlook statement</source>
        <translation>Blackwell 展望說明</translation>
    </message>
    <message>
        <source>the company &quot;%1&quot; is not a ticker (capital letters, digits, dots)</source>
        <translation>公司「%1」不是股票代號(須為大寫字母、數字、句點)</translation>
    </message>
    <message>
        <source>the fiscal quarter is not valid (expected FY2025Q4)</source>
        <translation>財季無效(格式應為 FY2025Q4)</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>未知的指標「%1」</translation>
    </message>
    <message>
        <source>the unit of %1 is &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1 的單位是「%2」,而非「%3」</translation>
    </message>
    <message>
        <source>%1 is a statement and takes no value</source>
        <translation>%1 為文字說明,不接受數值</translation>
    </message>
    <message>
        <source>%1 is a statement and needs its text</source>
        <translation>%1 為文字說明,需要填入內容</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要數值</translation>
    </message>
    <message>
        <source>the value of %1 is not a finite number</source>
        <translation>%1 的值不是有限數字</translation>
    </message>
    <message>
        <source>GAAP gross profit</source>
        <translation>GAAP 毛利</translation>
    </message>
    <message>
        <source>GAAP operating income</source>
        <translation>GAAP 營業利益</translation>
    </message>
    <message>
        <source>Share price at the close</source>
        <translation>收盤股價</translation>
    </message>
    <message>
        <source>Revenue, fiscal year</source>
        <translation>營收（會計年度）</translation>
    </message>
    <message>
        <source>GAAP gross profit, fiscal year</source>
        <translation>GAAP 毛利（會計年度）</translation>
    </message>
    <message>
        <source>GAAP gross margin, fiscal year</source>
        <translation>GAAP 毛利率（會計年度）</translation>
    </message>
    <message>
        <source>GAAP operating income, fiscal year</source>
        <translation>GAAP 營業利益（會計年度）</translation>
    </message>
    <message>
        <source>GAAP net income, fiscal year</source>
        <translation>GAAP 淨利（會計年度）</translation>
    </message>
    <message>
        <source>GAAP diluted EPS, fiscal year</source>
        <translation>GAAP 稀釋每股盈餘（會計年度）</translation>
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
        <translation>無法讀取名稱對照表 %1：%2</translation>
    </message>
    <message>
        <source>Name map %1: %2</source>
        <translation>名稱對照表 %1：%2</translation>
    </message>
    <message>
        <source>expected an object with an &quot;entries&quot; list</source>
        <translation>應為含有「entries」清單的物件</translation>
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
        <translation>評論</translation>
    </message>
    <message>
        <source>Prepared remarks</source>
        <translation>開場簡報</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>問答 (Q&amp;A)</translation>
    </message>
    <message>
        <source>analyst not named</source>
        <translation>未具名分析師</translation>
    </message>
    <message>
        <source>Question %1, asked by %2</source>
        <translation>問題 %1,提問者:%2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>發言者</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>機構</translation>
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
        <translation>%1，前一季提出的財測</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>Differs: %1 below the figure</source>
        <translation>不符：比數據低 %1</translation>
    </message>
    <message>
        <source>Differs: %1 above the figure</source>
        <translation>不符：比數據高 %1</translation>
    </message>
    <message>
        <source>No figure to compare</source>
        <translation>沒有可比較的數據</translation>
    </message>
    <message>
        <source>Computed from the stored figures</source>
        <translation>由資料庫中的數據計算</translation>
    </message>
    <message>
        <source>Computed from the stored figures; source: %1</source>
        <translation>由資料庫中的數據計算；來源：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>About</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核對</translation>
    </message>
</context>
<context>
    <name>PairBadges</name>
    <message>
        <source>Not in the translation</source>
        <translation>譯文中沒有</translation>
    </message>
    <message>
        <source>Not in the original</source>
        <translation>原文中沒有</translation>
    </message>
    <message>
        <source>Translation is %1% of the original&apos;s length</source>
        <translation>譯文長度為原文的 %1%</translation>
    </message>
    <message numerus="yes">
        <source>Numbers differ (%n)</source>
        <translation>
            <numerusform>數字不同（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on one side only</source>
        <translation>
            <numerusform>%n 個數字只在一邊</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairCallsCommand</name>
    <message>
        <source>Unpair Calls</source>
        <translation>取消配對法說會</translation>
    </message>
    <message>
        <source>Pair Calls</source>
        <translation>配對法說會</translation>
    </message>
    <message>
        <source>the two calls are not paired</source>
        <translation>這兩場法說會並未配對</translation>
    </message>
    <message>
        <source>Could not pair the calls</source>
        <translation>無法配對這兩場法說會</translation>
    </message>
    <message>
        <source>Could not unpair the calls</source>
        <translation>無法取消配對這兩場法說會</translation>
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
        <translation>並排閱讀</translation>
    </message>
    <message>
        <source>Read “%1” beside:</source>
        <translation>將「%1」與下列法說會並排閱讀：</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>其他法說會</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>已配對</translation>
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
        <translation>只在一邊</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Side A</source>
        <translation>A 邊</translation>
    </message>
    <message>
        <source>Side B</source>
        <translation>B 邊</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>比對</translation>
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
        <translation>Q%1 — 無對應</translation>
    </message>
</context>
<context>
    <name>PairedNotes</name>
    <message>
        <source>Notes of %1 and %2</source>
        <translation>%1 與 %2 的註記</translation>
    </message>
    <message>
        <source>Q%1 ↔ Q%2</source>
        <translation>Q%1 ↔ Q%2</translation>
    </message>
    <message>
        <source>Q%1 — no counterpart</source>
        <translation>Q%1 — 無對應</translation>
    </message>
    <message>
        <source>Q%1 of %2 — no counterpart</source>
        <translation>%2 的 Q%1 — 無對應</translation>
    </message>
    <message>
        <source>Outside the questions</source>
        <translation>問題以外</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>標籤：%1</translation>
    </message>
    <message>
        <source>In %1 (%2):</source>
        <translation>在 %1 中（%2）：</translation>
    </message>
    <message>
        <source>No counterpart in %1.</source>
        <translation>%1 中沒有對應的段落。</translation>
    </message>
    <message>
        <source>Neither call has notes.</source>
        <translation>兩場法說會都沒有註記。</translation>
    </message>
</context>
<context>
    <name>PairedReadingPane</name>
    <message>
        <source>paired by hand</source>
        <translation>手動配對</translation>
    </message>
    <message>
        <source>Scroll to a question to see its pairing</source>
        <translation>捲動到一個問題即可看到它的配對</translation>
    </message>
    <message>
        <source>Q%1 ↔ Q%2 · paired by hand</source>
        <translation>Q%1 ↔ Q%2 · 手動配對</translation>
    </message>
    <message>
        <source>Q%1 ↔ Q%2 · %3% sure</source>
        <translation>Q%1 ↔ Q%2 · 信心 %3%</translation>
    </message>
    <message>
        <source>Q%1 of the left column has no counterpart</source>
        <translation>左欄的 Q%1 沒有對應問題</translation>
    </message>
    <message>
        <source>Q%1 of the right column has no counterpart</source>
        <translation>右欄的 Q%1 沒有對應問題</translation>
    </message>
    <message>
        <source>✎ Notes: %1 left, %2 right</source>
        <translation>✎ 註記：左欄 %1 則，右欄 %2 則</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左欄</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右欄</translation>
    </message>
    <message>
        <source>Numbers of this question on both sides</source>
        <translation>這個問題兩邊的數字</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Pair Q%1 with Q%2</source>
        <translation>將第 %1 題與第 %2 題配對</translation>
    </message>
    <message>
        <source>No Counterpart</source>
        <translation>無對應問題</translation>
    </message>
    <message>
        <source>Pair Automatically</source>
        <translation>自動配對</translation>
    </message>
    <message>
        <source>Re-pair Question</source>
        <translation>重新配對問題</translation>
    </message>
    <message>
        <source>Pair this question of the left column with another of the right, or with none</source>
        <translation>將左欄的這個問題與右欄的另一個問題配對，或設為無對應</translation>
    </message>
    <message>
        <source>Back to Single Reading</source>
        <translation>回到單篇閱讀</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>譯文</translation>
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
        <translation>左欄：%1</translation>
    </message>
    <message>
        <source>Right column: %1</source>
        <translation>右欄：%1</translation>
    </message>
    <message>
        <source>Highlight Selection</source>
        <translation>螢光標記選取範圍</translation>
    </message>
    <message>
        <source>Highlight the selected text; the other column marks it on the paired question</source>
        <translation>以螢光標記選取的文字；另一欄會在配對的問題上標示</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No counterpart: right %1</source>
        <translation>無對應：右欄 %1</translation>
    </message>
    <message>
        <source>No counterpart: left %1</source>
        <translation>無對應：左欄 %1</translation>
    </message>
    <message>
        <source>No counterpart: left %1; right %2</source>
        <translation>無對應：左欄 %1；右欄 %2</translation>
    </message>
</context>
<context>
    <name>PairingController</name>
    <message>
        <source>Open a call to read it beside another.</source>
        <translation>請先開啟一場法說會，才能與另一場並排閱讀。</translation>
    </message>
    <message>
        <source>Call %1 is not in the library.</source>
        <translation>資料庫中沒有法說會 %1。</translation>
    </message>
    <message>
        <source>“%1” and “%2” look like different events: their questions share little (confidence %3%)%4.</source>
        <translation>「%1」與「%2」看來是不同的活動：兩者的問題少有共同之處（信心 %3%）%4。</translation>
    </message>
    <message>
        <source>, and they are calls of different companies</source>
        <translation>，而且是不同公司的法說會</translation>
    </message>
    <message>
        <source>Read Side by Side</source>
        <translation>並排閱讀</translation>
    </message>
    <message>
        <source>Pair them anyway?</source>
        <translation>仍要配對嗎？</translation>
    </message>
    <message>
        <source>Read Side &amp;by Side…</source>
        <translation>並排閱讀(&amp;B)…</translation>
    </message>
    <message>
        <source>Read the open call beside another version of it, such as a translation, question by question</source>
        <translation>將開啟中的法說會與它的另一個版本（例如譯文）逐題並排閱讀</translation>
    </message>
    <message>
        <source>Back to Single Rea&amp;ding</source>
        <translation>回到單篇閱讀(&amp;D)</translation>
    </message>
    <message>
        <source>Read the open call alone again</source>
        <translation>再次單獨閱讀開啟中的法說會</translation>
    </message>
    <message>
        <source>&amp;Unpair Calls</source>
        <translation>取消配對法說會(&amp;U)</translation>
    </message>
    <message>
        <source>Stop treating the two calls read side by side as versions of one event</source>
        <translation>不再將並排閱讀的兩場法說會視為同一活動的不同版本</translation>
    </message>
    <message>
        <source>Export Notes of Both Calls</source>
        <translation>匯出兩場法說會的註記</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Notes of both calls written to %1</source>
        <translation>兩場法說會的註記已寫入 %1</translation>
    </message>
    <message>
        <source>Export Notes of &amp;Both Calls…</source>
        <translation>匯出兩場法說會的註記(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the notes of the two calls read side by side as Markdown, each with its counterpart&apos;s text</source>
        <translation>將並排閱讀的兩場法說會的註記存成 Markdown，每則註記附上另一邊對應段落的文字</translation>
    </message>
</context>
<context>
    <name>ProductDisclosureDialog</name>
    <message>
        <source>Add Product Disclosure for %1</source>
        <translation>新增 %1 的產品揭露</translation>
    </message>
    <message>
        <source>a product&apos;s name, e.g. Rubin</source>
        <translation>產品名稱，例如 Rubin</translation>
    </message>
    <message>
        <source>Disclosed by the company</source>
        <translation>公司已揭露</translation>
    </message>
    <message>
        <source>Estimate (not disclosed)</source>
        <translation>估計值（未揭露）</translation>
    </message>
    <message>
        <source>what was said, in the company&apos;s words</source>
        <translation>公司的原話</translation>
    </message>
    <message>
        <source>the call, release or filing; for an estimate, what it is based on</source>
        <translation>法說會、新聞稿或申報文件；估計值則寫明依據</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>產品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>數值(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>原話(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
    </message>
    <message>
        <source>a statement has no value</source>
        <translation>陳述沒有數值</translation>
    </message>
    <message>
        <source>US$ millions, e.g. 11000</source>
        <translation>百萬美元，例如 11000</translation>
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
        <translation>營收（百萬美元）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Sequential growth (%)</source>
        <translation>季增率（%）</translation>
    </message>
    <message>
        <source>Statement (text only)</source>
        <translation>陳述（僅文字）</translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation>%1 營收</translation>
    </message>
    <message>
        <source>%1 share of revenue</source>
        <translation>%1 占營收比重</translation>
    </message>
    <message>
        <source>%1 sequential growth</source>
        <translation>%1 季增率</translation>
    </message>
    <message>
        <source>%1 statement</source>
        <translation>%1 陳述</translation>
    </message>
    <message>
        <source>“%1” is not a product name: up to %2 letters, digits, spaces and . + - /</source>
        <translation>「%1」不是有效的產品名稱：最多 %2 個字母、數字、空格及 . + - /</translation>
    </message>
    <message>
        <source>the fiscal quarter is not valid (expected FY2026Q1)</source>
        <translation>財季無效（格式應如 FY2026Q1）</translation>
    </message>
    <message>
        <source>a statement needs the words that were said</source>
        <translation>陳述需要填寫原話</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation>%1 需要數字</translation>
    </message>
    <message>
        <source>say what the estimate is based on, as its source</source>
        <translation>請在來源中寫明估計值的依據</translation>
    </message>
    <message>
        <source>say where it was disclosed (the call, release or filing), as its source</source>
        <translation>請在來源中寫明揭露出處（法說會、新聞稿或申報文件）</translation>
    </message>
</context>
<context>
    <name>ProductRampChartBuilder</name>
    <message>
        <source>Product ramp</source>
        <translation>產品放量</translation>
    </message>
    <message>
        <source>no product disclosures for %1; Add Disclosure… in the Figures panel adds a product&apos;s revenue, share, growth or statement with its source, and File &gt; Import Financials… reads them from CSV</source>
        <translation>%1 沒有產品揭露數據；可用「數據」面板的「新增揭露…」加入產品的營收、占比、成長率或陳述並註明來源，或用「檔案 &gt; 匯入財務數據…」從 CSV 讀入</translation>
    </message>
    <message>
        <source>%1 %2 ramp: what was disclosed, next to data center compute revenue</source>
        <translation>%1 %2 放量：已揭露內容，對照資料中心運算營收</translation>
    </message>
    <message>
        <source>%1 %2 ramp: what was disclosed, next to the company&apos;s revenue</source>
        <translation>%1 %2 放量：已揭露內容，對照公司營收</translation>
    </message>
    <message>
        <source>Filled: disclosed. Hollow: estimate (derived from disclosures, or entered by you), not a reported figure. Blank: not disclosed.</source>
        <translation>實心：已揭露。空心：估計值（由揭露資訊推算或由您輸入），並非公布的數據。空白：未揭露。</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>財季</translation>
    </message>
    <message>
        <source>Revenue (US$ billions)</source>
        <translation>營收（十億美元）</translation>
    </message>
    <message>
        <source>Data center compute revenue</source>
        <translation>資料中心運算營收</translation>
    </message>
    <message>
        <source>Company revenue</source>
        <translation>公司營收</translation>
    </message>
    <message>
        <source>%1 revenue, disclosed</source>
        <translation>%1 營收（已揭露）</translation>
    </message>
    <message>
        <source>%1 revenue, estimate</source>
        <translation>%1 營收（估計值）</translation>
    </message>
    <message>
        <source>Disclosed without a dollar figure</source>
        <translation>已揭露，但無金額</translation>
    </message>
    <message>
        <source>Disclosed figure, as stated by the company.</source>
        <translation>已揭露數據，依公司公布內容。</translation>
    </message>
    <message>
        <source>%1 disclosed</source>
        <translation>已揭露 %1</translation>
    </message>
    <message>
        <source>Estimate, not a disclosed figure.</source>
        <translation>估計值，並非已揭露數據。</translation>
    </message>
    <message>
        <source>≈%1 est.</source>
        <translation>≈%1（估）</translation>
    </message>
    <message>
        <source>%1 revenue ≈ %2: an estimate derived here, NOT a disclosed figure.</source>
        <translation>%1 營收 ≈ %2：此為本程式推算的估計值，並非已揭露數據。</translation>
    </message>
    <message>
        <source>Computed: %1 (the previous quarter&apos;s value) grown by the disclosed %2%.</source>
        <translation>計算方式：%1（上一季數值）依已揭露的 %2% 成長推算。</translation>
    </message>
    <message>
        <source>Computed: the disclosed %1% share times %2 %3.</source>
        <translation>計算方式：已揭露的 %1% 占比乘以%2 %3。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>~%1% of DC compute</source>
        <translation>約占資料中心運算 %1%</translation>
    </message>
    <message>
        <source>GB300 ~%1%</source>
        <translation>GB300 約 %1%</translation>
    </message>
    <message>
        <source>outlook</source>
        <translation>展望</translation>
    </message>
    <message>
        <source>~%1% of revenue</source>
        <translation>約占營收 %1%</translation>
    </message>
    <message>
        <source>+%1% q/q</source>
        <translation>季增 %1%</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>陳述</translation>
    </message>
    <message>
        <source>Disclosed, without a dollar figure:</source>
        <translation>已揭露，但無金額：</translation>
    </message>
</context>
<context>
    <name>PutCalculator</name>
    <message>
        <source>The stock price must be more than zero.</source>
        <translation>股價必須大於零。</translation>
    </message>
    <message>
        <source>The strike must be more than zero.</source>
        <translation>履約價必須大於零。</translation>
    </message>
    <message>
        <source>The premium cannot be negative.</source>
        <translation>權利金不能是負數。</translation>
    </message>
    <message>
        <source>The premium must be less than the strike: nobody pays the whole strike for a put.</source>
        <translation>權利金必須小於履約價：沒有人會用整個履約價去買一口 Put。</translation>
    </message>
    <message>
        <source>Sell at least one contract.</source>
        <translation>至少要賣出一口。</translation>
    </message>
    <message>
        <source>Fees cannot be negative.</source>
        <translation>手續費不能是負數。</translation>
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
        <translation>到期日必須在交易日之後。</translation>
    </message>
    <message>
        <source>There is no trading day after the trade date up to expiry.</source>
        <translation>交易日之後到到期日之間沒有任何交易日。</translation>
    </message>
    <message>
        <source>The implied volatility must be more than zero, or left out.</source>
        <translation>隱含波動率必須大於零，或者不填。</translation>
    </message>
    <message>
        <source>The risk-free rate must be a number above −100%.</source>
        <translation>無風險利率必須是大於 −100% 的數字。</translation>
    </message>
    <message>
        <source>The stock price to try cannot be negative.</source>
        <translation>試算的股價不能是負數。</translation>
    </message>
    <message>
        <source>The date to try must lie from the trade date to expiry.</source>
        <translation>試算的日期必須介於交易日與到期日之間。</translation>
    </message>
    <message>
        <source>Days to expiry</source>
        <translation>距到期天數</translation>
    </message>
    <message>
        <source>calendar days from %1 to %2 = %3</source>
        <translation>從 %1 到 %2 的日曆日 = %3</translation>
    </message>
    <message>
        <source>weekdays after %1 up to %2 = %3 (exchange holidays are not counted)</source>
        <translation>%1 之後到 %2 為止的平日 = %3（未扣除交易所假日）</translation>
    </message>
    <message>
        <source>Premium received</source>
        <translation>收到的權利金</translation>
    </message>
    <message>
        <source>premium × 100 × contracts = %1 × 100 × %2 = %3</source>
        <translation>權利金 × 100 × 口數 = %1 × 100 × %2 = %3</translation>
    </message>
    <message>
        <source>Premium after fees</source>
        <translation>扣除手續費後的權利金</translation>
    </message>
    <message>
        <source>premium received − fees = %1 − %2 = %3</source>
        <translation>收到的權利金 − 手續費 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>Cash collateral</source>
        <translation>現金擔保</translation>
    </message>
    <message>
        <source>strike × 100 × contracts = %1 × 100 × %2 = %3</source>
        <translation>履約價 × 100 × 口數 = %1 × 100 × %2 = %3</translation>
    </message>
    <message>
        <source>Breakeven at expiry</source>
        <translation>到期損益兩平點</translation>
    </message>
    <message>
        <source>strike − premium after fees per share = %1 − %2 = %3</source>
        <translation>履約價 − 每股扣費後權利金 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>Effective purchase price if assigned</source>
        <translation>被指派時的實際買入價</translation>
    </message>
    <message>
        <source>you pay the strike and keep the premium: %1 − %2 = %3 a share</source>
        <translation>付出履約價、留下權利金：%1 − %2 = 每股 %3</translation>
    </message>
    <message>
        <source>Strike below the price</source>
        <translation>履約價低於股價</translation>
    </message>
    <message>
        <source>(price − strike) ÷ price = (%1 − %2) ÷ %1 = %3</source>
        <translation>（股價 − 履約價）÷ 股價 = (%1 − %2) ÷ %1 = %3</translation>
    </message>
    <message>
        <source>Return on collateral</source>
        <translation>擔保金報酬率</translation>
    </message>
    <message>
        <source>premium after fees ÷ collateral = %1 ÷ %2 = %3</source>
        <translation>扣費後權利金 ÷ 現金擔保 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>Annualised yield</source>
        <translation>年化報酬率</translation>
    </message>
    <message>
        <source>return on collateral × %1 ÷ days = %2 × %1 ÷ %3 = %4 (%5)</source>
        <translation>擔保金報酬率 × %1 ÷ 天數 = %2 × %1 ÷ %3 = %4（%5）</translation>
    </message>
    <message>
        <source>Profit or loss at expiry with the stock at %1</source>
        <translation>到期時股價為 %1 的損益</translation>
    </message>
    <message>
        <source>premium after fees − max(strike − stock, 0) × shares = %1 − max(%2 − %3, 0) × %4 = %5</source>
        <translation>扣費後權利金 − max(履約價 − 股價, 0) × 股數 = %1 − max(%2 − %3, 0) × %4 = %5</translation>
    </message>
    <message>
        <source>Maximum loss</source>
        <translation>最大虧損</translation>
    </message>
    <message>
        <source>if the stock went to zero: collateral − premium after fees = %1 − %2 = %3</source>
        <translation>若股價跌到零：現金擔保 − 扣費後權利金 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>needs an implied volatility</source>
        <translation>需要隱含波動率</translation>
    </message>
    <message>
        <source>Probability of assignment at expiry</source>
        <translation>到期被指派的機率</translation>
    </message>
    <message>
        <source>N(−d2) under Black-Scholes, which needs an implied volatility σ</source>
        <translation>Black-Scholes 模型下的 N(−d2)，需要隱含波動率 σ</translation>
    </message>
    <message>
        <source>Black-Scholes value of the put</source>
        <translation>Put 的 Black-Scholes 理論價值</translation>
    </message>
    <message>
        <source>K·e^(−rT)·N(−d2) − S·N(−d1), which needs an implied volatility σ</source>
        <translation>K·e^(−rT)·N(−d2) − S·N(−d1)，需要隱含波動率 σ</translation>
    </message>
    <message>
        <source>N(−d2), d2 = [ln(S/K) + (r − σ²/2)·T] ÷ (σ·√T) = [ln(%1/%2) + (%3 − %4²/2)·%5] ÷ (%4·√%5) = %6; N(%7) = %8</source>
        <translation>N(−d2)，d2 = [ln(S/K) + (r − σ²/2)·T] ÷ (σ·√T) = [ln(%1/%2) + (%3 − %4²/2)·%5] ÷ (%4·√%5) = %6；N(%7) = %8</translation>
    </message>
    <message>
        <source>K·e^(−rT)·N(−d2) − S·N(−d1), d1 = d2 + σ·√T = %1: %2 × e^(−%3 × %4) × %5 − %6 × %7 = %8 a share (the premium is %9)</source>
        <translation>K·e^(−rT)·N(−d2) − S·N(−d1)，d1 = d2 + σ·√T = %1：%2 × e^(−%3 × %4) × %5 − %6 × %7 = 每股 %8（權利金為 %9）</translation>
    </message>
    <message>
        <source>Profit or loss on %1 with the stock at %2</source>
        <translation>%1 股價為 %2 時的損益</translation>
    </message>
    <message>
        <source>premium after fees − Black-Scholes put value × shares, with %1 days left = %2 − %3 × %4 = %5</source>
        <translation>扣費後權利金 − Black-Scholes Put 價值 × 股數，剩 %1 天 = %2 − %3 × %4 = %5</translation>
    </message>
    <message>
        <source>Black-Scholes: the stock&apos;s price is lognormal with a constant volatility σ; no dividends.</source>
        <translation>Black-Scholes：股價呈對數常態分布，波動率 σ 固定；不計股利。</translation>
    </message>
    <message>
        <source>European exercise: assignment only at expiry, although a US stock option can be assigned any day before.</source>
        <translation>歐式履約：只在到期日被指派，但美股選擇權在到期前任何一天都可能被指派。</translation>
    </message>
    <message>
        <source>The probability is risk-neutral, N(−d2): what the option price implies, not a forecast.</source>
        <translation>此機率是風險中性的 N(−d2)：是選擇權價格所隱含的，並非預測。</translation>
    </message>
    <message>
        <source>Time T = days ÷ %1 (%2).</source>
        <translation>時間 T = 天數 ÷ %1（%2）。</translation>
    </message>
    <message>
        <source>Risk-free rate r = %1, continuously compounded.</source>
        <translation>無風險利率 r = %1，連續複利。</translation>
    </message>
    <message>
        <source>Risk-free rate r = 0% (none given).</source>
        <translation>無風險利率 r = 0%（未提供）。</translation>
    </message>
    <message>
        <source>Fees are taken from the premium; taxes and interest on the collateral are left out.</source>
        <translation>手續費從權利金中扣除；不計稅金及擔保現金的利息。</translation>
    </message>
    <message>
        <source>trading days, 252 a year; holidays are not counted</source>
        <translation>交易日，一年 252 天；未扣除假日</translation>
    </message>
    <message>
        <source>calendar days, 365 a year</source>
        <translation>日曆日，一年 365 天</translation>
    </message>
</context>
<context>
    <name>PutCalculatorPane</name>
    <message>
        <source>Export Payoff Chart</source>
        <translation>匯出損益圖</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;SVG 向量圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export to %1: the chart could not be drawn</source>
        <translation>無法匯出至 %1：無法繪製圖表</translation>
    </message>
    <message>
        <source>Sell a Put</source>
        <translation>賣出認沽試算</translation>
    </message>
    <message>
        <source>Work out selling a put: premium, collateral, breakeven, yield and probability, with the formulas</source>
        <translation>試算賣出 Put：權利金、現金擔保、損益兩平點、報酬率與機率，附公式</translation>
    </message>
    <message>
        <source>The trade</source>
        <translation>交易內容</translation>
    </message>
    <message>
        <source>Stock price</source>
        <translation>股價</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>履約價</translation>
    </message>
    <message>
        <source>Premium per share</source>
        <translation>每股權利金</translation>
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
        <translation>口數（每口 100 股）</translation>
    </message>
    <message>
        <source>Fees, whole trade</source>
        <translation>手續費（整筆交易）</translation>
    </message>
    <message>
        <source>Implied volatility</source>
        <translation>隱含波動率</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>無風險利率</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>天數算法</translation>
    </message>
    <message>
        <source>Calendar days, 365 a year</source>
        <translation>日曆日，一年 365 天</translation>
    </message>
    <message>
        <source>Trading days, 252 a year</source>
        <translation>交易日，一年 252 天</translation>
    </message>
    <message>
        <source>What if the stock is at</source>
        <translation>試算：股價若為</translation>
    </message>
    <message>
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Or click in the chart to move the marker</source>
        <translation>也可以在圖上點一下移動標記</translation>
    </message>
    <message>
        <source>What it comes to</source>
        <translation>試算結果</translation>
    </message>
    <message>
        <source>Show the formulas</source>
        <translation>顯示公式</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <source>What selling this put means</source>
        <translation>賣出這個 Put 代表什麼</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Use the library&apos;s close: %1 on %2</source>
        <translation>使用資料庫中的收盤價：%2 收盤 %1</translation>
    </message>
    <message>
        <source>A figure of the library, quoted from the built-in article, not a market feed: “%1” (source: %2)</source>
        <translation>資料庫中的數據，引自內建文章，並非市場行情：「%1」（來源：%2）</translation>
    </message>
    <message>
        <source>No share price close in the library</source>
        <translation>資料庫中沒有收盤股價</translation>
    </message>
    <message>
        <source>The library has no share price close for this company to fill in.</source>
        <translation>資料庫中沒有這家公司的收盤股價可填入。</translation>
    </message>
</context>
<context>
    <name>PutExplanation</name>
    <message>
        <source>Selling %1 put contract(s) at a strike of %2, you collect %3 now (%4 after fees). In return you promise to buy %5 shares at %2 each, %6 in all, if the buyer exercises, whatever the stock is worth then: keep that cash aside until %7. If the stock stays above %2, the put expires unused and the premium is yours: %8 on the cash set aside, %9 a year counting %10. If you are assigned, you own the shares at %11 each; below that price at expiry the trade loses money, and if the stock went to zero you would lose %12.</source>
        <translation>賣出 %1 口履約價 %2 的 Put，你現在收到 %3 權利金（扣除手續費後 %4）。代價是：只要買方履約，不論屆時股價多少，你都必須以每股 %2 買入 %5 股，共 %6，所以在 %7 之前要把這筆現金留著。如果股價一直維持在 %2 之上，這個 Put 到期作廢，權利金就歸你：相當於擔保現金的 %8，以%10計算，年化 %9。如果被指派，你等於以每股 %11 買到股票；到期時股價低於這個價格就會虧損，若股價跌到零，你會虧損 %12。</translation>
    </message>
    <message>
        <source>Buying 100 shares and selling a call at the same strike (%1) and expiry is, by put-call parity, close to selling this put: stock − call = cash − put, where the cash is the strike discounted to today. Both collect a premium, keep the gain above the strike for someone else, and lose nearly dollar for dollar as the stock falls; they differ by dividends and early exercise.</source>
        <translation>買入 100 股再賣出同一履約價（%1）、同一到期日的 Call（備兌買權），依買賣權平價關係，和賣出這個 Put 相當接近：股票 − Call = 現金 − Put，其中現金是履約價折現到今天的金額。兩者都先收權利金、把履約價以上的漲幅讓給別人，股價下跌時幾乎一塊錢賠一塊錢；差別在於股利與提前履約。</translation>
    </message>
</context>
<context>
    <name>PutJson</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」不是數字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>「%1」不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;call&quot; is not a call id</source>
        <translation>「call」不是法說會編號</translation>
    </message>
    <message>
        <source>&quot;day_basis&quot; is &quot;%1&quot;, not calendar or trading</source>
        <translation>「day_basis」為「%1」，不是 calendar 或 trading</translation>
    </message>
    <message>
        <source>&quot;inputs&quot; is missing</source>
        <translation>缺少「inputs」</translation>
    </message>
    <message>
        <source>&quot;contracts&quot; is not a whole number of contracts</source>
        <translation>「contracts」不是整數口數</translation>
    </message>
</context>
<context>
    <name>PutPayoff</name>
    <message>
        <source>Selling %1 × %2 put, expiring %3</source>
        <translation>賣出 %1 口履約價 %2 的 Put，%3 到期</translation>
    </message>
    <message>
        <source>At expiry (%1)</source>
        <translation>到期時（%1）</translation>
    </message>
    <message>
        <source>On %1, at σ %2 (Black-Scholes)</source>
        <translation>%1，σ %2（Black-Scholes）</translation>
    </message>
    <message>
        <source>Stock at %1 on %2: %3</source>
        <translation>%2 股價 %1：%3</translation>
    </message>
</context>
<context>
    <name>PutPayoffChartView</name>
    <message>
        <source>Payoff chart: %1; click to move the marker</source>
        <translation>損益圖：%1；點一下可移動標記</translation>
    </message>
    <message>
        <source>Strike %1</source>
        <translation>履約價 %1</translation>
    </message>
    <message>
        <source>Breakeven %1</source>
        <translation>損益兩平點 %1</translation>
    </message>
    <message>
        <source>Stock price (US$)</source>
        <translation>股價（美元）</translation>
    </message>
    <message>
        <source>Seller&apos;s profit or loss (US$)</source>
        <translation>賣方損益（美元）</translation>
    </message>
</context>
<context>
    <name>PutScenarioBar</name>
    <message>
        <source>%1 put, %2 premium, expiring %3</source>
        <translation>%1 Put，權利金 %2，%3 到期</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <source>Open a call first</source>
        <translation>請先開啟法說會</translation>
    </message>
    <message>
        <source>Saved with this call</source>
        <translation>隨此法說會儲存的試算</translation>
    </message>
    <message>
        <source>Name of the scenario (optional)</source>
        <translation>試算情境名稱（可省略）</translation>
    </message>
    <message>
        <source>Name of the scenario to save</source>
        <translation>要儲存的試算情境名稱</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save these inputs with the open call; Undo takes it back</source>
        <translation>將這些輸入隨目前的法說會儲存；可用「復原」撤銷</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>已儲存的試算情境</translation>
    </message>
    <message>
        <source>Scenarios saved with the open call; choose one to bring its inputs back</source>
        <translation>隨目前法說會儲存的試算情境；選擇一個即可帶回其輸入</translation>
    </message>
</context>
<context>
    <name>PutScenarioRepository</name>
    <message>
        <source>put scenario %1 does not exist</source>
        <translation>賣出 Put 試算情境 %1 不存在</translation>
    </message>
</context>
<context>
    <name>QuestionMarkModel</name>
    <message>
        <source>analyst not named</source>
        <translation>未具名分析師</translation>
    </message>
    <message>
        <source>Rating from 1 to 5; 0 clears it</source>
        <translation>評分 1 到 5;0 表示清除</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>提問者</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
</context>
<context>
    <name>ReimportController</name>
    <message>
        <source>&amp;Re-import Transcript…</source>
        <translation>重新匯入逐字稿(&amp;M)…</translation>
    </message>
    <message>
        <source>Replace the open call&apos;s text with a corrected file; annotations are placed again by their quotes</source>
        <translation>以修正後的檔案取代目前法說會的文字；註記會依其引文重新定位</translation>
    </message>
    <message>
        <source>Re-import Transcript of &quot;%1&quot;</source>
        <translation>重新匯入「%1」的逐字稿</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>逐字稿 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 has the same text as the call; nothing changed.</source>
        <translation>%1 與法說會的文字相同；未做任何變更。</translation>
    </message>
    <message>
        <source>Text replaced: %1 annotations in place, %2 moved, %3 not placed.</source>
        <translation>已取代文字：%1 則註記位置不變，%2 則已移動，%3 則未定位。</translation>
    </message>
    <message>
        <source>Re-import Transcript</source>
        <translation>重新匯入逐字稿</translation>
    </message>
    <message>
        <source>These quotes are no longer in the text. Their annotations are kept and listed in the Annotations panel as &quot;not placed&quot;:</source>
        <translation>下列引文已不在文字中。其註記仍會保留，並在「註記」面板中列為「未定位」：</translation>
    </message>
    <message>
        <source>Structure edits: %1 made again, %2 dropped.</source>
        <translation>結構修正：%1 項已重新套用，%2 項已捨棄。</translation>
    </message>
    <message>
        <source>These corrections of the structure were made on text that is no longer in the call, and were dropped:</source>
        <translation>以下結構修正所依據的文字已不在這場法說會中，因此已捨棄：</translation>
    </message>
</context>
<context>
    <name>RepairQuestionCommand</name>
    <message>
        <source>Let the aligner pair Q%1</source>
        <translation>讓系統自動配對第 %1 題</translation>
    </message>
    <message>
        <source>Mark Q%1 as having no counterpart</source>
        <translation>將第 %1 題標示為沒有對應的問題</translation>
    </message>
    <message>
        <source>Pair Q%1 with Q%2</source>
        <translation>將第 %1 題與第 %2 題配對</translation>
    </message>
    <message>
        <source>Could not re-pair Q%1</source>
        <translation>無法重新配對 Q%1</translation>
    </message>
</context>
<context>
    <name>RevenueChartBuilder</name>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>%1 quarterly revenue: data center and the rest, with the outlook</source>
        <translation>%1 季度營收:資料中心與其他,並附財測</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>財季</translation>
    </message>
    <message>
        <source>Revenue (US$ billions)</source>
        <translation>營收（十億美元）</translation>
    </message>
    <message>
        <source>Revenue growth, year over year (%)</source>
        <translation>營收年增率 (%)</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>資料中心</translation>
    </message>
    <message>
        <source>Rest of revenue (computed)</source>
        <translation>其他營收 (計算值)</translation>
    </message>
    <message>
        <source>Growth, year over year (computed)</source>
        <translation>年增率 (計算值)</translation>
    </message>
    <message>
        <source>Outlook given a quarter earlier</source>
        <translation>前一季提出的財測</translation>
    </message>
    <message>
        <source>Revenue other than data center: %1 (computed: revenue %2 minus data center %3)</source>
        <translation>資料中心以外營收:%1 (計算方式:營收 %2 減資料中心 %3)</translation>
    </message>
    <message>
        <source>Revenue: %1 (data center not reported for this quarter)</source>
        <translation>營收:%1 (本季未公布資料中心營收)</translation>
    </message>
    <message>
        <source>Total revenue: %1</source>
        <translation>總營收:%1</translation>
    </message>
    <message>
        <source>Revenue growth year over year: %1 (computed: %2 against %3 in %4)</source>
        <translation>營收年增率:%1 (計算方式:%2 對比 %4 的 %3)</translation>
    </message>
    <message>
        <source>Revenue outlook for %1: %2, given in the %3 release</source>
        <translation>%1 營收財測:%2,於 %3 財報中提出</translation>
    </message>
    <message>
        <source>Actual: %1, %2 against the outlook (%3)</source>
        <translation>實際值:%1,相較財測 %2 (%3)</translation>
    </message>
    <message>
        <source>Actual: not reported yet</source>
        <translation>實際值:尚未公布</translation>
    </message>
    <message>
        <source>no revenue figures for %1 yet; File &gt; Import Financials… adds them from SEC company facts (.json) or CSV</source>
        <translation>尚無 %1 的營收數據；可用「檔案 &gt; 匯入財務數據…」從 SEC 公司事實資料（.json）或 CSV 加入</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>營收：%1</translation>
    </message>
    <message>
        <source>%1 quarterly revenue: data center and the rest</source>
        <translation>%1 季度營收：資料中心與其餘部分</translation>
    </message>
    <message>
        <source>%1 quarterly revenue, with the outlook</source>
        <translation>%1 季度營收，含展望</translation>
    </message>
    <message>
        <source>%1 quarterly revenue</source>
        <translation>%1 季度營收</translation>
    </message>
    <message>
        <source>Other revenue is revenue minus data center.</source>
        <translation>其他營收為營收減資料中心營收。</translation>
    </message>
    <message>
        <source>Growth is computed from the reported figures.</source>
        <translation>成長率由報告數據計算。</translation>
    </message>
    <message>
        <source>The outlook is the one given in the previous quarter&apos;s release.</source>
        <translation>展望為前一季財報新聞稿給出的數字。</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>會計年度</translation>
    </message>
    <message>
        <source>%1 annual revenue</source>
        <translation>%1 年度營收</translation>
    </message>
    <message>
        <source>Revenue guided on the calls</source>
        <translation>法說會上的營收財測</translation>
    </message>
</context>
<context>
    <name>ReviewGuidanceCommand</name>
    <message>
        <source>Restore the guidance on %1 for %2 as found</source>
        <translation>將 %2 的 %1 財測還原為擷取結果</translation>
    </message>
    <message>
        <source>Confirm the guidance on %1 for %2</source>
        <translation>確認 %2 的 %1 財測</translation>
    </message>
    <message>
        <source>Dismiss the guidance on %1 for %2</source>
        <translation>排除 %2 的 %1 財測</translation>
    </message>
    <message>
        <source>Edit the guidance on %1 for %2</source>
        <translation>編輯 %2 的 %1 財測</translation>
    </message>
    <message>
        <source>Could not review the guidance on %1</source>
        <translation>無法審閱 %1 的財測</translation>
    </message>
</context>
<context>
    <name>RoleStyle</name>
    <message>
        <source>Analyst</source>
        <translation>分析師</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>投資人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評論</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>頁面雜項</translation>
    </message>
</context>
<context>
    <name>SampleFigures</name>
    <message>
        <source>the built-in resource %1 is missing</source>
        <translation>缺少內建資源 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected %3 fields</source>
        <translation>%1:%2: 應有 %3 個欄位</translation>
    </message>
    <message>
        <source>%1:%2: bad fiscal quarter</source>
        <translation>%1:%2: 無效的財季</translation>
    </message>
    <message>
        <source>%1:%2: %3 is not a number</source>
        <translation>%1:%2: %3 不是數字</translation>
    </message>
    <message>
        <source>%1:%2: bad quarter or value</source>
        <translation>%1:%2: 無效的季度或數值</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: bad quarter, date or value</source>
        <translation>%1:%2: 季度、日期或數值有誤</translation>
    </message>
</context>
<context>
    <name>SavePutScenarioCommand</name>
    <message>
        <source>Save put scenario &quot;%1&quot;</source>
        <translation>儲存 Put 試算情境「%1」</translation>
    </message>
    <message>
        <source>Could not save the put scenario &quot;%1&quot;</source>
        <translation>無法儲存 Put 試算情境「%1」</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation>無法更新搜尋索引:%1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Search in Chinese or English (毛利, 营收, Blackwell…)</source>
        <translation>以中文或英文搜尋 (毛利、营收、Blackwell…)</translation>
    </message>
    <message>
        <source>Finds the text as typed, in Traditional or Simplified characters, ignoring case</source>
        <translation>依輸入的文字尋找,繁簡皆可,不分大小寫</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整個資料庫</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>此法說會</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>搜尋範圍</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有發言者</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>分析師</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投資人</translation>
    </message>
    <message>
        <source>Only what speakers in this role said</source>
        <translation>只搜尋此角色發言者所說的內容</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>所有段落</translation>
    </message>
    <message>
        <source>Only this part of each call</source>
        <translation>只搜尋每場法說會的這個段落</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜尋文字</translation>
    </message>
    <message>
        <source>No call is open.</source>
        <translation>沒有開啟的法說會。</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜尋失敗:%1</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>沒有結果。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 筆結果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n call(s)</source>
        <translation>
            <numerusform>分布於 %n 場法說會</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %1 are shown</source>
        <translation>僅顯示前 %1 筆</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message numerus="yes">
        <source>%1 (%n hit(s))</source>
        <translation>
            <numerusform>%1 (%n 筆結果)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
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
%2,距發言開頭 %3 個字元</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>「%1」的筆記</translation>
    </message>
</context>
<context>
    <name>SearchTokenizer</name>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>資料庫連線不是 SQLite</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>此 SQLite 不支援全文搜尋 (FTS5)</translation>
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation>無法註冊搜尋分詞器:%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L):</translation>
    </message>
    <message>
        <source>Transcript &amp;font:</source>
        <translation>逐字稿字型(&amp;F):</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>中文字體(&amp;S):</translation>
    </message>
    <message>
        <source>Chart export &amp;size:</source>
        <translation>圖表匯出大小(&amp;S):</translation>
    </message>
    <message>
        <source>Chart export &amp;format:</source>
        <translation>圖表匯出格式(&amp;F):</translation>
    </message>
    <message>
        <source>Library &amp;file:</source>
        <translation>資料庫檔案(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Default library in your data folder</source>
        <translation>使用者資料夾中的預設資料庫</translation>
    </message>
    <message>
        <source>A different library file is opened the next time Earnings Reader starts.</source>
        <translation>變更後的資料庫檔案將於下次啟動 Earnings Reader 時開啟。</translation>
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
        <translation>逐字稿字型大小</translation>
    </message>
    <message>
        <source>Chart export height</source>
        <translation>圖表匯出高度</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>依原文</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Library File</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>Earnings Reader libraries (*.sqlite);;All files (*)</source>
        <translation>Earnings Reader 資料庫 (*.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Also change regional &amp;vocabulary (軟體 ↔ 软件)</source>
        <translation>同時轉換地區用詞(&amp;V)（軟體 ↔ 软件）</translation>
    </message>
    <message>
        <source>Characters only keeps every word as said; regional vocabulary can change meanings (執行 becomes 运行, &quot;run&quot;)</source>
        <translation>只轉換字形會保留原話的每個詞；轉換地區用詞可能改變意思（執行會變成「运行」）</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>色彩配置(&amp;H):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
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
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
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
        <translation>整個單字；複數(-s、-es)與所有格(&apos;s、s&apos;)也計入</translation>
    </message>
    <message>
        <source>ends at a word break; plurals (-s, -es) and possessives (&apos;s, s&apos;) count</source>
        <translation>結尾須在單字邊界；複數(-s、-es)與所有格(&apos;s、s&apos;)也計入</translation>
    </message>
    <message>
        <source>starts at a word break</source>
        <translation>開頭須在單字邊界</translation>
    </message>
    <message>
        <source>anywhere in the text (Chinese has no word breaks)</source>
        <translation>文字中任何位置(中文沒有詞的分隔)</translation>
    </message>
    <message>
        <source>; the words in this order, across any spacing</source>
        <translation>；各詞依此順序，間隔不拘</translation>
    </message>
    <message>
        <source>“%1”: %2; any case, Traditional and Simplified alike</source>
        <translation>「%1」：%2；不分大小寫，繁簡視為相同</translation>
    </message>
</context>
<context>
    <name>TermTrendCounter</name>
    <message>
        <source>every speaker counts, page furniture does not</source>
        <translation>所有發言者皆計入，頁面雜項不計</translation>
    </message>
    <message>
        <source>analysts and page furniture are left out</source>
        <translation>不計分析師與頁面雜項</translation>
    </message>
    <message>
        <source>Nothing to count in “%1”: a term needs a letter or a digit.</source>
        <translation>「%1」中沒有可統計的內容：詞語需含字母或數字。</translation>
    </message>
</context>
<context>
    <name>TranscriptDocument</name>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：「%2」</translation>
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
        <translation>提及次數</translation>
    </message>
    <message>
        <source>Mentions per 10,000 words spoken</source>
        <translation>每萬字提及次數</translation>
    </message>
    <message>
        <source>the whole library</source>
        <translation>整個資料庫</translation>
    </message>
    <message>
        <source>Mentions of %1 by speaker, %2</source>
        <translation>%1 的提及次數（依發言者），%2</translation>
    </message>
    <message>
        <source>Mentions of %1 by role, %2</source>
        <translation>%1 的提及次數（依角色），%2</translation>
    </message>
    <message>
        <source>Mentions of %1 per 10,000 words by speaker, %2</source>
        <translation>%1 每萬字提及次數（依發言者），%2</translation>
    </message>
    <message>
        <source>Mentions of %1 per 10,000 words by role, %2</source>
        <translation>%1 每萬字提及次數（依角色），%2</translation>
    </message>
    <message>
        <source>Counted from the library&apos;s transcripts. Rule: %1</source>
        <translation>依資料庫中的逐字稿計數。規則：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) without a fiscal quarter are not shown.</source>
        <translation>
            <numerusform>%n 場沒有財季的法說會未顯示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>財季</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>提及 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 words spoken; %2 per 10,000 words</source>
        <translation>發言 %1 字；每萬字 %2 次</translation>
    </message>
</context>
<context>
    <name>TrendPane</name>
    <message>
        <source>Whole library</source>
        <translation>整個資料庫</translation>
    </message>
    <message>
        <source>Click a point or a cell to list its hits.</source>
        <translation>點選圖上的點或表格的格子，列出其中的命中。</translation>
    </message>
    <message>
        <source>Type one or more terms, separated by commas, and press Enter.</source>
        <translation>輸入一個或多個詞語，以逗號分隔，然後按 Enter。</translation>
    </message>
    <message>
        <source>No speaker in scope says it.</source>
        <translation>範圍內沒有發言者提到。</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n term(s) in %1</source>
        <translation>
            <numerusform>已在 %1 中計數 %n 個詞語</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 場法說會</numerusform>
        </translation>
    </message>
    <message>
        <source>Term trend chart</source>
        <translation>詞語趨勢圖</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>所有季度</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “%1”, %2, %3</source>
        <translation>
            <numerusform>「%1」%n 筆命中，%2，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The hits could not be read: %1</source>
        <translation>無法讀取命中：%1</translation>
    </message>
    <message>
        <source>only the first %1 are shown</source>
        <translation>僅顯示前 %1 筆</translation>
    </message>
    <message>
        <source>There is no trend to export: count a term first.</source>
        <translation>沒有可匯出的趨勢：請先計數一個詞語。</translation>
    </message>
    <message>
        <source>Exported the trend chart to %1</source>
        <translation>已將趨勢圖匯出至 %1</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation>已取消匯出：未寫入 %1</translation>
    </message>
    <message>
        <source>There is no trend to copy: count a term first.</source>
        <translation>沒有可複製的趨勢：請先計數一個詞語。</translation>
    </message>
    <message>
        <source>Copied the trend chart as an image</source>
        <translation>已將趨勢圖複製為圖片</translation>
    </message>
    <message>
        <source>Term Trends</source>
        <translation>詞語趨勢</translation>
    </message>
    <message>
        <source>Terms, separated by commas: Blackwell, Blackwell Ultra, 营收…</source>
        <translation>詞語，以逗號分隔：Blackwell、Blackwell Ultra、營收…</translation>
    </message>
    <message>
        <source>Each term is counted per speaker and quarter; a phrase counts as one term</source>
        <translation>每個詞語依發言者與季度計數；片語算作一個詞語</translation>
    </message>
    <message>
        <source>Terms to count</source>
        <translation>要計數的詞語</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>計數</translation>
    </message>
    <message>
        <source>One company&apos;s calls, or the whole library</source>
        <translation>單一公司的法說會，或整個資料庫</translation>
    </message>
    <message>
        <source>By speaker</source>
        <translation>依發言者</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>依角色</translation>
    </message>
    <message>
        <source>One series per person, or one per role (executive, analyst, operator…)</source>
        <translation>每人一條數列，或每種角色一條（高層、分析師、主持人…）</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>折線</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>長條</translation>
    </message>
    <message>
        <source>How the series are drawn</source>
        <translation>數列的繪製方式</translation>
    </message>
    <message>
        <source>Per 10,000 words</source>
        <translation>每萬字</translation>
    </message>
    <message>
        <source>Mentions per 10,000 words the series spoke in the quarter, instead of counts</source>
        <translation>以該季發言每萬字的提及次數取代次數</translation>
    </message>
    <message>
        <source>Leave analysts out</source>
        <translation>不計分析師</translation>
    </message>
    <message>
        <source>Count only what the company&apos;s speakers and the operator said</source>
        <translation>只計公司發言者與主持人所說的內容</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Export or copy the trend chart, as the other charts</source>
        <translation>匯出或複製趨勢圖，與其他圖表相同</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <source>Copy Chart as Image</source>
        <translation>將圖表複製為圖片</translation>
    </message>
    <message>
        <source>Mentions per quarter</source>
        <translation>每季提及次數</translation>
    </message>
    <message>
        <source>Hits of the chosen point</source>
        <translation>所選點的命中</translation>
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
        <translation>發言 %1 字</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>發言者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>TurnEditCommand</name>
    <message>
        <source>Could not save &quot;%1&quot;</source>
        <translation>無法儲存「%1」</translation>
    </message>
</context>
<context>
    <name>TurnEditController</name>
    <message>
        <source>Fi&amp;x Turn Structure</source>
        <translation>修正發言結構(&amp;X)</translation>
    </message>
    <message>
        <source>Change &amp;Speaker…</source>
        <translation>變更發言者(&amp;S)…</translation>
    </message>
    <message>
        <source>Give the turn at the cursor another speaker: one of the call&apos;s participants, or a name you type</source>
        <translation>為游標所在的發言指定其他發言者：法說會的與會者之一，或自行輸入的姓名</translation>
    </message>
    <message>
        <source>S&amp;plit Turn at Cursor</source>
        <translation>在游標處分割發言(&amp;P)</translation>
    </message>
    <message>
        <source>Make the text from the cursor on a turn of its own</source>
        <translation>讓游標之後的文字成為獨立的一則發言</translation>
    </message>
    <message>
        <source>&amp;Merge with Previous Turn</source>
        <translation>與前一則發言合併(&amp;M)</translation>
    </message>
    <message>
        <source>Join the turn at the cursor to the turn before it</source>
        <translation>將游標所在的發言併入前一則發言</translation>
    </message>
    <message>
        <source>New &amp;Question Starts Here</source>
        <translation>新問題從這裡開始(&amp;Q)</translation>
    </message>
    <message>
        <source>A new question starts with the turn at the cursor</source>
        <translation>新的問題從游標所在的發言開始</translation>
    </message>
    <message>
        <source>N&amp;ot a Question</source>
        <translation>不是問題(&amp;O)</translation>
    </message>
    <message>
        <source>The question that starts at the cursor&apos;s turn is none: its turns join the question before</source>
        <translation>從游標所在發言開始的問題並非新問題：其發言併入前一個問題</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A S&amp;tarts Here</source>
        <translation>問答從這裡開始(&amp;T)</translation>
    </message>
    <message>
        <source>Move the start of the questions and answers to the turn at the cursor</source>
        <translation>將問答環節的開頭移到游標所在的發言</translation>
    </message>
    <message>
        <source>Speaker of This Turn</source>
        <translation>此發言的發言者</translation>
    </message>
    <message>
        <source>Speaker (pick one of the call or type a name):</source>
        <translation>發言者(從法說會中挑選，或輸入姓名)：</translation>
    </message>
    <message>
        <source>Cannot change the structure of the call: %1</source>
        <translation>無法變更法說會的結構：%1</translation>
    </message>
</context>
<context>
    <name>TurnEditPlanner</name>
    <message>
        <source>the speaker&apos;s name is empty</source>
        <translation>發言者姓名是空的</translation>
    </message>
    <message>
        <source>the turn&apos;s speaker already is %1</source>
        <translation>此發言的發言者已是 %1</translation>
    </message>
    <message>
        <source>offset %1 leaves nothing on one side: the turn&apos;s text has %2 characters, and a split needs text before and after it</source>
        <translation>位移 %1 會讓其中一側沒有文字：此發言的文字共 %2 個字元，分割處前後都必須有文字</translation>
    </message>
    <message>
        <source>it is the call&apos;s first turn; there is no previous turn to merge with</source>
        <translation>這是法說會的第一則發言；沒有可合併的前一則發言</translation>
    </message>
    <message>
        <source>the previous turn is in another section; move the start of the Q&amp;A instead</source>
        <translation>前一則發言在另一個段落；請改為移動問答 (Q&amp;A) 的開頭</translation>
    </message>
    <message>
        <source>page furniture is kept apart from the turns and is not merged</source>
        <translation>頁面雜項與發言分開保存，不會合併</translation>
    </message>
    <message>
        <source>page furniture is never part of a question</source>
        <translation>頁面雜項永遠不屬於任何問題</translation>
    </message>
    <message>
        <source>the turn is not in the Q&amp;A; move the start of the Q&amp;A first</source>
        <translation>此發言不在問答 (Q&amp;A) 中；請先移動問答的開頭</translation>
    </message>
    <message>
        <source>the turn already starts question %1</source>
        <translation>此發言已是問題 %1 的開頭</translation>
    </message>
    <message>
        <source>the turn is not part of a question</source>
        <translation>此發言不屬於任何問題</translation>
    </message>
    <message>
        <source>the turn does not start its question; choose the turn that starts question %1</source>
        <translation>此發言並非其問題的開頭；請選擇開始問題 %1 的發言</translation>
    </message>
    <message>
        <source>page furniture cannot start the Q&amp;A</source>
        <translation>頁面雜項不能作為問答 (Q&amp;A) 的開頭</translation>
    </message>
    <message>
        <source>the turn comes after the Q&amp;A</source>
        <translation>此發言位於問答 (Q&amp;A) 之後</translation>
    </message>
    <message>
        <source>the Q&amp;A already starts with the turn</source>
        <translation>問答 (Q&amp;A) 已從此發言開始</translation>
    </message>
    <message>
        <source>Set the speaker of a turn to %1</source>
        <translation>將發言的發言者設為 %1</translation>
    </message>
    <message>
        <source>Split a turn</source>
        <translation>分割發言</translation>
    </message>
    <message>
        <source>Split the turn of %1</source>
        <translation>分割 %1 的發言</translation>
    </message>
    <message>
        <source>Merge a turn with the previous one</source>
        <translation>將發言與前一則合併</translation>
    </message>
    <message>
        <source>Start a new question here</source>
        <translation>從這裡開始新問題</translation>
    </message>
    <message>
        <source>Mark a turn as not a question</source>
        <translation>將發言標示為不是問題</translation>
    </message>
    <message>
        <source>Move the start of the Q&amp;A</source>
        <translation>移動問答 (Q&amp;A) 的開頭</translation>
    </message>
    <message>
        <source>the call has no turn %1</source>
        <translation>法說會沒有發言 %1</translation>
    </message>
    <message>
        <source>turn %1: %2</source>
        <translation>發言 %1：%2</translation>
    </message>
    <message>
        <source>turn %1: %2; nothing to change</source>
        <translation>發言 %1：%2；無需變更</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Earnings Reader User Guide</source>
        <translation>Earnings Reader 使用說明</translation>
    </message>
</context>
<context>
    <name>WindowScreenshot</name>
    <message>
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
</context>
</TS>
