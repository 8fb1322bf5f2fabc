<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <source>No database open — File ▸ Open</source>
            <translation>未打开数据库 — 文件 ▸ 打开</translation>
        </message>
        <message>
            <source>Open a Repdesk database</source>
            <translation>打开 Repdesk 数据库</translation>
        </message>
        <message>
            <source>Repdesk databases (*.sqlite *.db);;All files (*)</source>
            <translation>Repdesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>New company database</source>
            <translation>新建公司数据库</translation>
        </message>
        <message>
            <source>Repdesk databases (*.sqlite)</source>
            <translation>Repdesk 数据库 (*.sqlite)</translation>
        </message>
        <message>
            <source>Connect to a PostgreSQL server</source>
            <translation>连接 PostgreSQL 服务器</translation>
        </message>
        <message>
            <source>Database address:</source>
            <translation>数据库地址：</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>This record was deleted</source>
            <translation>此记录已被删除</translation>
        </message>
        <message>
            <source>Someone saved this record while you were editing it</source>
            <translation>您编辑期间，其他人保存了此记录</translation>
        </message>
        <message>
            <source>The database refused this save; nothing was written. Your edits are kept. ({reason})</source>
            <translation>数据库拒绝了此次保存，未写入任何内容。您的修改仍保留。（{reason}）</translation>
        </message>
        <message>
            <source>Being edited</source>
            <translation>编辑中</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Welcome to Repdesk</source>
            <translation>欢迎使用 Repdesk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Repdesk&lt;/h2&gt;&lt;p&gt;There is no Repdesk database on this workstation yet.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;欢迎使用 Repdesk&lt;/h2&gt;&lt;p&gt;此工作站上还没有 Repdesk 数据库。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Explore the demo company</source>
            <translation>浏览演示公司</translation>
        </message>
        <message>
            <source>A realistic sales company with field, remote and agency reps.</source>
            <translation>一家真实感的销售公司，包含外勤、远程和外包机构的销售代表。</translation>
        </message>
        <message>
            <source>Start an empty company database</source>
            <translation>新建空的公司数据库</translation>
        </message>
        <message>
            <source>A new file on this computer: {path}</source>
            <translation>本机上的新文件：{path}</translation>
        </message>
        <message>
            <source>Connect to a PostgreSQL server…</source>
            <translation>连接 PostgreSQL 服务器…</translation>
        </message>
        <message>
            <source>For a sales office sharing one database between workstations.</source>
            <translation>适用于多台工作站共用一个数据库的销售办公室。</translation>
        </message>
        <message>
            <source>Why was it lost?</source>
            <translation>为什么输单？</translation>
        </message>
        <message>
            <source>— choose a reason —</source>
            <translation>— 选择原因 —</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>输单原因</translation>
        </message>
        <message>
            <source>Reasons a deal can be lost for. A retired reason stays on the deals that have it. “Dirty lead” reasons count as rejected leads.</source>
            <translation>交易可能输单的原因。已停用的原因仍保留在使用它的交易上。“无效线索”类原因计为被拒线索。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Dirty lead</source>
            <translation>无效线索</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Deal sizes are given for the company, a team, an agency or a rep; for a territory, segment or product line they show every rep you see.</source>
            <translation>交易规模按公司、团队、机构或销售代表提供；对于区域、细分市场或产品线，显示您可查看的所有销售代表。</translation>
        </message>
        <message>
            <source>Band edges: {edges} (a deal of exactly an edge is in the band above).</source>
            <translation>区间边界：{edges}（金额恰好等于边界的交易归入上一区间）。</translation>
        </message>
        <message>
            <source>Deal sizes (amounts in {currency})</source>
            <translation>交易规模（金额单位：{currency}）</translation>
        </message>
        <message>
            <source>Deals by size band (everyone in the analysis)</source>
            <translation>按规模区间的交易（分析范围内所有人）</translation>
        </message>
        <message>
            <source>Deals closed in the period or open, and deals won, in each band</source>
            <translation>各区间中本期关闭或未结的交易，以及赢单交易</translation>
        </message>
        <message>
            <source>All deals of the team in this band: what each rep is compared with</source>
            <translation>团队在此区间的所有交易：每名销售代表的对比基准</translation>
        </message>
        <message>
            <source>All deals of the company in this band: what each rep is compared with</source>
            <translation>公司在此区间的所有交易：每名销售代表的对比基准</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>New reason</source>
            <translation>新原因</translation>
        </message>
        <message>
            <source>not a dirty lead</source>
            <translation>非无效线索</translation>
        </message>
        <message>
            <source>dirty lead</source>
            <translation>无效线索</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Of the period's deals that reached {first}, the share that went on to {second} by now</source>
            <translation>本期到达{first}的交易中，至今已进入{second}的比例</translation>
        </message>
        <message>
            <source>Hide the deal</source>
            <translation>隐藏交易</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>看板</translation>
        </message>
        <message>
            <source>Stage KPIs</source>
            <translation>阶段 KPI</translation>
        </message>
        <message>
            <source>Loading the deals…</source>
            <translation>正在加载交易…</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>所有团队</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>所有销售代表</translation>
        </message>
        <message>
            <source>All territories</source>
            <translation>所有区域</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>所有来源</translation>
        </message>
        <message>
            <source>min amount</source>
            <translation>最低金额</translation>
        </message>
        <message>
            <source>max amount</source>
            <translation>最高金额</translation>
        </message>
        <message>
            <source>Search deal or account</source>
            <translation>搜索交易或客户</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Import deals…</source>
            <translation>导入交易…</translation>
        </message>
        <message>
            <source>Lost reasons…</source>
            <translation>输单原因…</translation>
        </message>
        <message>
            <source>New deal…</source>
            <translation>新建交易…</translation>
        </message>
        <message>
            <source>Could not load the deals: {problem}</source>
            <translation>无法加载交易：{problem}</translation>
        </message>
        <message>
            <source>{pipeline}: {deals}; won and lost columns show the last 30 days. Drag a card, or select it and press Ctrl+→ / Ctrl+← to move it.</source>
            <translation>{pipeline}：{deals}；赢单和输单列显示最近30天。拖动卡片，或选中后按 Ctrl+→ / Ctrl+← 移动。</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>漏斗</translation>
        </message>
        <message>
            <source>Moved by someone else</source>
            <translation>已被他人移动</translation>
        </message>
        <message>
            <source>Move it anyway</source>
            <translation>仍然移动</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>重新加载</translation>
        </message>
        <message>
            <source>Not moved: a deal moved to Lost needs a reason.</source>
            <translation>未移动：移到“输单”的交易需要填写原因。</translation>
        </message>
        <message>
            <source>Moved to {stage} on top of the other change.</source>
            <translation>已在他人更改的基础上移到{stage}。</translation>
        </message>
        <message>
            <source>Deal {id}</source>
            <translation>交易{id}</translation>
        </message>
        <message>
            <source>Reopened as deal {id}, back in the funnel.</source>
            <translation>已重新打开为交易{id}，回到漏斗中。</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>计算中…</translation>
        </message>
        <message>
            <source>Select a card to see the deal.</source>
            <translation>选择一张卡片以查看交易。</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
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
            <source>Expected close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <source>Lead received</source>
            <translation>收到线索</translation>
        </message>
        <message>
            <source>First call</source>
            <translation>首次电话</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>关闭日期</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>输单原因</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>已重新打开</translation>
        </message>
        <message>
            <source>CRM id</source>
            <translation>CRM 编号</translation>
        </message>
        <message>
            <source>Reopen this lost deal</source>
            <translation>重新打开此输单交易</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stage history&lt;/b&gt;</source>
            <translation>&lt;b&gt;阶段历史&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;备注&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add a note…</source>
            <translation>添加备注…</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>from lost deal {id}</source>
            <translation>来自输单交易{id}</translation>
        </message>
        <message>
            <source>as deal {ids}</source>
            <translation>为交易{ids}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>still there</source>
            <translation>仍在</translation>
        </message>
        <message>
            <source>Choose a period, or type one: 2026-Q3, 2026-07, 2026, 2026-07-01..2026-08-15</source>
            <translation>选择期间，或输入：2026-Q3、2026-07、2026、2026-07-01..2026-08-15</translation>
        </message>
        <message>
            <source>by rep</source>
            <translation>按销售代表</translation>
        </message>
        <message>
            <source>by team</source>
            <translation>按团队</translation>
        </message>
        <message>
            <source>whole company</source>
            <translation>全公司</translation>
        </message>
        <message>
            <source>the last whole quarter</source>
            <translation>上一个完整季度</translation>
        </message>
        <message>
            <source>this quarter, to date</source>
            <translation>本季度至今</translation>
        </message>
        <message>
            <source>an earlier quarter</source>
            <translation>更早的季度</translation>
        </message>
        <message>
            <source>last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>this month, to date</source>
            <translation>本月至今</translation>
        </message>
        <message>
            <source>this year, to date</source>
            <translation>今年至今</translation>
        </message>
        <message>
            <source>last year</source>
            <translation>去年</translation>
        </message>
        <message>
            <source>Which part of the company the analysis is for</source>
            <translation>分析针对公司的哪个部分</translation>
        </message>
        <message>
            <source>The team, territory, rep, agency, segment or product line</source>
            <translation>团队、区域、销售代表、机构、细分市场或产品线</translation>
        </message>
        <message>
            <source>A quarter (2026-Q3), a month (2026-07) or a year (2026); type another and press Enter</source>
            <translation>季度（2026-Q3）、月份（2026-07）或年份（2026）；可输入其他期间并按 Enter</translation>
        </message>
        <message>
            <source>Export table…</source>
            <translation>导出表格…</translation>
        </message>
        <message>
            <source>Save the table in view as CSV or Excel (plain numbers)</source>
            <translation>将当前表格保存为 CSV 或 Excel（纯数字）</translation>
        </message>
        <message>
            <source>Save all four parts of the analysis for this slice and period as a PDF</source>
            <translation>将此维度和期间的分析全部四个部分保存为 PDF</translation>
        </message>
        <message>
            <source>Slice</source>
            <translation>维度</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Reading the teams, territories and reps…</source>
            <translation>正在读取团队、区域和销售代表…</translation>
        </message>
        <message>
            <source>(no {kind} to choose)</source>
            <translation>（没有可选的{kind}）</translation>
        </message>
        <message>
            <source>There is no {kind} called {name} here.</source>
            <translation>此处没有名为 {name} 的{kind}。</translation>
        </message>
        <message>
            <source>There is no {kind} to choose.</source>
            <translation>没有可选的{kind}。</translation>
        </message>
        <message>
            <source>the whole company</source>
            <translation>全公司</translation>
        </message>
        <message>
            <source>segment {name}</source>
            <translation>细分市场 {name}</translation>
        </message>
        <message>
            <source>product line {name}</source>
            <translation>产品线 {name}</translation>
        </message>
        <message>
            <source>Reading {part} for {slice}, {period}…</source>
            <translation>正在读取{slice}的{part}，{period}…</translation>
        </message>
        <message>
            <source>{slice}, {period} ({start} – {end}).</source>
            <translation>{slice}，{period}（{start} – {end}）。</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>导出表格</translation>
        </message>
        <message>
            <source>Wait until the table is shown, then export it.</source>
            <translation>请等表格显示后再导出。</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>注：{note}</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <source>Wrote {count} rows to {path}.</source>
            <translation>已将{count}行写入 {path}。</translation>
        </message>
        <message>
            <source>Save the analysis as PDF</source>
            <translation>将分析保存为 PDF</translation>
        </message>
        <message>
            <source>Reading {part}…</source>
            <translation>正在读取{part}…</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>正在生成 PDF…</translation>
        </message>
        <message>
            <source>Writing the analysis PDF…</source>
            <translation>正在生成分析 PDF…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save the table as CSV or Excel</source>
            <translation>将表格保存为 CSV 或 Excel</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lost in the period&lt;/b&gt; — to re-work</source>
            <translation>&lt;b&gt;本期输单&lt;/b&gt; — 待重新跟进</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Lost at</source>
            <translation>输单阶段</translation>
        </message>
        <message>
            <source>Won again</source>
            <translation>再次赢单</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why deals were lost&lt;/b&gt; — and where</source>
            <translation>&lt;b&gt;输单原因&lt;/b&gt; — 及所在阶段</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>输单</translation>
        </message>
        <message>
            <source>At lead / qualification</source>
            <translation>线索/资格审核阶段</translation>
        </message>
        <message>
            <source>In objection handling</source>
            <translation>异议处理阶段</translation>
        </message>
        <message>
            <source>Export stage KPIs</source>
            <translation>导出阶段 KPI</translation>
        </message>
        <message>
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>All shown</source>
            <translation>全部显示</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>{start} – {end}: {lost}, {reopened} reopened, {won} of them won later.</source>
            <translation>{start} – {end}：{lost}，{reopened}重新打开，其中{won}后来赢单。</translation>
        </message>
        <message>
            <source>Repdesk user guide</source>
            <translation>Repdesk 用户指南</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>功能</translation>
        </message>
        <message>
            <source>History — {kind} {record}</source>
            <translation>历史 — {kind} {record}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{kind}: {record}&lt;/b&gt; — every change, newest first</source>
            <translation>&lt;b&gt;{kind}：{record}&lt;/b&gt; — 全部更改，最新在前</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>Bring this deleted record back with its last values?</source>
            <translation>用最后的值恢复此已删除记录？</translation>
        </message>
        <message>
            <source>Put back the earlier values of: {fields}?</source>
            <translation>恢复以下字段的先前值：{fields}？</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>{question}

The restore is recorded in the history as your change.</source>
            <translation>{question}

此次恢复将作为您的更改记入历史。</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>不导入</translation>
        </message>
        <message>
            <source>The file's column '{header}' is not imported</source>
            <translation>文件的“{header}”列不导入</translation>
        </message>
        <message>
            <source>The file's column '{header}' goes to {field}</source>
            <translation>文件的“{header}”列导入到{field}</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) export. Its first rows are shown as they will be imported.</source>
            <translation>CSV 或 Excel (.xlsx) 导出文件。前几行按导入后的样子显示。</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>未选择文件</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Written as</source>
            <translation>写入为</translation>
        </message>
        <message>
            <source>Choose a file to see its first rows.</source>
            <translation>选择文件以查看其前几行。</translation>
        </message>
        <message>
            <source>Import: {kind}</source>
            <translation>导入：{kind}</translation>
        </message>
        <message>
            <source>Reading the start of the file…</source>
            <translation>正在读取文件开头…</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation>无法导入此文件</translation>
        </message>
        <message>
            <source>The first {n} row(s).</source>
            <translation>前{n}行。</translation>
        </message>
        <message>
            <source>The first {n} row(s) of the file.</source>
            <translation>文件的前{n}行。</translation>
        </message>
        <message>
            <source>row {row}, {field}: {why}</source>
            <translation>第{row}行，{field}：{why}</translation>
        </message>
        <message>
            <source>{n} cell(s) cannot be read (red; point at one for the reason): {cells}.</source>
            <translation>{n}个单元格无法读取（红色；鼠标指向可查看原因）：{cells}。</translation>
        </message>
        <message>
            <source>Columns mapped as in the saved mapping '{name}'.</source>
            <translation>各列按已保存的映射“{name}”对应。</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>导入历史</translation>
        </message>
        <message>
            <source>Loading the imports…</source>
            <translation>正在加载导入记录…</translation>
        </message>
        <message>
            <source>Undo import…</source>
            <translation>撤销导入…</translation>
        </message>
        <message>
            <source>{day} by {login}</source>
            <translation>{day}，{login}</translation>
        </message>
        <message>
            <source>No import has been made into this database yet.</source>
            <translation>此数据库尚未进行过导入。</translation>
        </message>
        <message>
            <source>{undone} {listed}</source>
            <translation>{undone}{listed}</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <source>Undo import {number} of {file} ({when}, {login})? The rows it created are removed and the rows it changed get their earlier values back.</source>
            <translation>撤销第{number}次导入（{file}，{when}，{login}）？它创建的行将被删除，它修改的行将恢复原值。</translation>
        </message>
        <message>
            <source>Cannot undo this import</source>
            <translation>无法撤销此次导入</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>导入中</translation>
        </message>
        <message>
            <source>Cancel stops the import and writes nothing.</source>
            <translation>“取消”将停止导入，不写入任何内容。</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>正在导入 {file}…</translation>
        </message>
        <message>
            <source>Cancelling: undoing what the import had started…</source>
            <translation>正在取消：撤销导入已开始的内容…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>已取消：未写入任何内容。</translation>
        </message>
        <message>
            <source>{problem} Nothing was written.</source>
            <translation>{problem}未写入任何内容。</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>The pages that show this data have been refreshed.</source>
            <translation>显示这些数据的页面已刷新。</translation>
        </message>
        <message>
            <source>{file} is imported.</source>
            <translation>{file} 已导入。</translation>
        </message>
        <message>
            <source>{n} unchanged: already as in the file.</source>
            <translation>{n}行未变：已与文件一致。</translation>
        </message>
        <message>
            <source>It is import {number}: File ▸ Import history… can undo it.</source>
            <translation>这是第{number}次导入：可通过 文件 ▸ 导入历史… 撤销。</translation>
        </message>
        <message>
            <source>{n} bad row(s) were left out:</source>
            <translation>已跳过{n}个错误行：</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>匹配列</translation>
        </message>
        <message>
            <source>Choose the field each column of the file fills, or ignore it. The choices can be saved for the next file from the same source.</source>
            <translation>为文件的每一列选择要填入的字段，或忽略该列。选择可保存，供同一来源的下一个文件使用。</translation>
        </message>
        <message>
            <source>Save this mapping…</source>
            <translation>保存此映射…</translation>
        </message>
        <message>
            <source>Saved mappings</source>
            <translation>已保存的映射</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>前几个值</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>导入到</translation>
        </message>
        <message>
            <source>(column {number}, no name)</source>
            <translation>（第{number}列，无名称）</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— 忽略 —</translation>
        </message>
        <message>
            <source>{field} (required)</source>
            <translation>{field}（必填）</translation>
        </message>
        <message>
            <source>A question (its text or Q1, Q2…)</source>
            <translation>问题（文本或 Q1、Q2…）</translation>
        </message>
        <message>
            <source>A metric (by its name)</source>
            <translation>指标（按名称）</translation>
        </message>
        <message>
            <source>Choose the scorecard, or the column of the file that names it.</source>
            <translation>选择评分表，或文件中标明评分表的列。</translation>
        </message>
        <message>
            <source>As detected ({crm})</source>
            <translation>自动识别（{crm}）</translation>
        </message>
        <message>
            <source>As detected (no known CRM)</source>
            <translation>自动识别（未知 CRM）</translation>
        </message>
        <message>
            <source>Stage names as in</source>
            <translation>阶段名称按</translation>
        </message>
        <message>
            <source>Each deal's own amount, in its own currency</source>
            <translation>每笔交易自身的金额和币种</translation>
        </message>
        <message>
            <source>The amounts the CRM converted to one currency</source>
            <translation>CRM 换算为单一币种的金额</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>From the file's 'scorecard' column</source>
            <translation>取自文件的“scorecard”列</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>when the file has no agency column</source>
            <translation>文件没有机构列时</translation>
        </message>
        <message>
            <source>optional: put them in this wave (created if new)</source>
            <translation>可选：放入此批次（不存在则新建）</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <source>(saved mappings are not available)</source>
            <translation>（已保存的映射不可用）</translation>
        </message>
        <message>
            <source>Detected from the headers</source>
            <translation>根据表头识别</translation>
        </message>
        <message>
            <source>— choose a saved mapping —</source>
            <translation>— 选择已保存的映射 —</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>保存映射</translation>
        </message>
        <message>
            <source>Name (for example the CRM or agency it comes from):</source>
            <translation>名称（例如来源 CRM 或机构）：</translation>
        </message>
        <message>
            <source>Stages and owners</source>
            <translation>阶段和负责人</translation>
        </message>
        <message>
            <source>Place the stage names and owners of the file that the database does not know yet. Rows whose owner is left unmatched are bad rows.</source>
            <translation>为数据库尚不认识的文件阶段名称和负责人指定对应项。负责人未匹配的行为错误行。</translation>
        </message>
        <message>
            <source>optional: the CRM's user export, when owners are user ids</source>
            <translation>可选：CRM 的用户导出文件（当负责人为用户 ID 时）</translation>
        </message>
        <message>
            <source>Choose users file…</source>
            <translation>选择用户文件…</translation>
        </message>
        <message>
            <source>Users file</source>
            <translation>用户文件</translation>
        </message>
        <message>
            <source>The CRM's user export</source>
            <translation>CRM 的用户导出文件</translation>
        </message>
        <message>
            <source>Reading the stage names and owners of the file…</source>
            <translation>正在读取文件的阶段名称和负责人…</translation>
        </message>
        <message>
            <source>Every stage name and owner of the file is known: nothing to choose here.</source>
            <translation>文件中的所有阶段名称和负责人均已识别：此处无需选择。</translation>
        </message>
        <message>
            <source>To place: {stages} and {owners}.</source>
            <translation>待指定：{stages}和{owners}。</translation>
        </message>
        <message>
            <source>Stage names the pipeline does not have</source>
            <translation>管道中没有的阶段名称</translation>
        </message>
        <message>
            <source>Stage in the file</source>
            <translation>文件中的阶段</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Becomes the stage</source>
            <translation>对应阶段</translation>
        </message>
        <message>
            <source>— choose a stage —</source>
            <translation>— 选择阶段 —</translation>
        </message>
        <message>
            <source>Owners who are no rep</source>
            <translation>非销售代表的负责人</translation>
        </message>
        <message>
            <source>Owner in the file</source>
            <translation>文件中的负责人</translation>
        </message>
        <message>
            <source>Deals go to</source>
            <translation>交易分配给</translation>
        </message>
        <message>
            <source>Nobody: leave the rows bad</source>
            <translation>无：保留为错误行</translation>
        </message>
        <message>
            <source>A new rep in the team below</source>
            <translation>下方团队中的新销售代表</translation>
        </message>
        <message>
            <source>New reps join the team</source>
            <translation>新销售代表加入团队</translation>
        </message>
        <message>
            <source>Choose a stage for {names}.</source>
            <translation>请为{names}选择阶段。</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Why it cannot be imported</source>
            <translation>无法导入的原因</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>导入前检查</translation>
        </message>
        <message>
            <source>A dry run: the whole import was done and undone. Nothing is written until you press Import.</source>
            <translation>试运行：完整执行并撤销了导入。按“导入”之前不会写入任何内容。</translation>
        </message>
        <message>
            <source>Doing a dry run of the import…</source>
            <translation>正在试运行导入…</translation>
        </message>
        <message>
            <source>Doing a dry run of the import: {step}</source>
            <translation>正在试运行导入：{step}</translation>
        </message>
        <message>
            <source>The import would do this:</source>
            <translation>导入将执行以下操作：</translation>
        </message>
        <message>
            <source>&lt;b&gt;Columns used:&lt;/b&gt; {columns}</source>
            <translation>&lt;b&gt;使用的列：&lt;/b&gt;{columns}</translation>
        </message>
        <message>
            <source>The file has stage names the pipeline does not have ({names}); choose a stage for each under Stages and owners.</source>
            <translation>文件中有管道没有的阶段名称（{names}）；请在“阶段和负责人”中为每个名称选择阶段。</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}.</source>
            <translation>无法读取文件：{reason}。</translation>
        </message>
        <message>
            <source>The import stopped on an unexpected problem ({problem}); nothing was written.</source>
            <translation>导入因意外问题停止（{problem}）；未写入任何内容。</translation>
        </message>
        <message>
            <source>{what} (Ctrl+{number})</source>
            <translation>{what}（Ctrl+{number}）</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>未打开数据库</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open database file…</source>
            <translation>打开数据库文件(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Connect to PostgreSQL server…</source>
            <translation>连接 PostgreSQL 服务器(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;New empty company database…</source>
            <translation>新建空的公司数据库(&amp;N)…</translation>
        </message>
        <message>
            <source>Open the &amp;demo company</source>
            <translation>打开演示公司(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>导入历史(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>后退(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>前进(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;History of the selected record…</source>
            <translation>所选记录的历史(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>用户指南(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Repdesk</source>
            <translation>关于 Repdesk(&amp;A)</translation>
        </message>
        <message>
            <source>About Repdesk</source>
            <translation>关于 Repdesk</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Repdesk will be in {language} the next time it starts.</source>
            <translation>Repdesk 下次启动时将使用{language}。</translation>
        </message>
        <message>
            <source>{database}  ·  {user} ({role})</source>
            <translation>{database}  ·  {user}（{role}）</translation>
        </message>
        <message>
            <source>Repdesk — {database}</source>
            <translation>Repdesk — {database}</translation>
        </message>
        <message>
            <source>This page could not be loaded: the database server cannot be reached right now.
It opens by itself when the connection is back.</source>
            <translation>无法加载此页面：目前无法连接数据库服务器。
连接恢复后将自动打开。</translation>
        </message>
        <message>
            <source>Select a rep or a deal first; its history shows who changed what and when.</source>
            <translation>请先选择一名销售代表或一笔交易；其历史显示谁在何时更改了什么。</translation>
        </message>
        <message>
            <source>Open a database first.</source>
            <translation>请先打开数据库。</translation>
        </message>
        <message>
            <source>What did you see or hear?</source>
            <translation>您看到或听到了什么？</translation>
        </message>
        <message>
            <source>Competitor, if any</source>
            <translation>竞争对手（如有）</translation>
        </message>
        <message>
            <source>Everyone in the company may read it</source>
            <translation>公司所有人均可阅读</translation>
        </message>
        <message>
            <source>The details: who said it, prices, dates…</source>
            <translation>详情：谁说的、价格、日期…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Show the saved note</source>
            <translation>显示已保存的笔记</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>新建笔记</translation>
        </message>
        <message>
            <source>Note by {author}</source>
            <translation>{author}的笔记</translation>
        </message>
        <message>
            <source>shared with everyone; only its team changes it</source>
            <translation>与所有人共享；仅其团队可修改</translation>
        </message>
        <message>
            <source>Search notes, in any language</source>
            <translation>搜索笔记（任意语言）</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>Weekly digest…</source>
            <translation>每周摘要…</translation>
        </message>
        <message>
            <source>Copy digest text</source>
            <translation>复制摘要文本</translation>
        </message>
        <message>
            <source>Last week's digest as plain text, to paste into an e-mail</source>
            <translation>上周摘要的纯文本，可粘贴到电子邮件中</translation>
        </message>
        <message>
            <source>No notes match.</source>
            <translation>没有匹配的笔记。</translation>
        </message>
        <message>
            <source>{count} (the newest shown; narrow the search for older ones)</source>
            <translation>{count}（显示最新的；缩小搜索范围可查看更早的）</translation>
        </message>
        <message>
            <source>The notes could not be loaded: {reason}</source>
            <translation>无法加载笔记：{reason}</translation>
        </message>
        <message>
            <source>The note was saved.</source>
            <translation>笔记已保存。</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>删除笔记</translation>
        </message>
        <message>
            <source>Delete the note “{title}”?</source>
            <translation>删除笔记“{title}”？</translation>
        </message>
        <message>
            <source>Weekly digest of field notes</source>
            <translation>一线笔记每周摘要</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Weekly digest</source>
            <translation>每周摘要</translation>
        </message>
        <message>
            <source>The digest was not written: {reason}</source>
            <translation>未写出摘要：{reason}</translation>
        </message>
        <message>
            <source>Last week's digest is on the clipboard, ready to paste.</source>
            <translation>上周摘要已复制到剪贴板，可直接粘贴。</translation>
        </message>
        <message>
            <source>Attention list…</source>
            <translation>关注名单…</translation>
        </message>
        <message>
            <source>Alerts…</source>
            <translation>预警…</translation>
        </message>
        <message>
            <source>Forecast…</source>
            <translation>预测…</translation>
        </message>
        <message>
            <source>Quota attainment</source>
            <translation>定额完成率</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急度</translation>
        </message>
        <message>
            <source>Why (points each reason adds)</source>
            <translation>原因（各项加分）</translation>
        </message>
        <message>
            <source>The reasons, most urgent first, with the points each adds to the urgency</source>
            <translation>原因按紧急程度排列，并显示各项对紧急度的加分</translation>
        </message>
        <message>
            <source>Schedule one-on-one…</source>
            <translation>安排一对一…</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>需要关注</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>预警</translation>
        </message>
        <message>
            <source>A drawdown: a key number well below the rep's own usual level (the median of their recent weeks); or no numbers entered for several working days</source>
            <translation>下滑：某项关键数据明显低于该销售代表自身的常规水平（近几周的中位数）；或连续数个工作日未录入数据</translation>
        </message>
        <message>
            <source>Drawdown and missing-numbers alerts</source>
            <translation>下滑和缺数预警</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>Weighted funnel</source>
            <translation>加权漏斗</translation>
        </message>
        <message>
            <source>Run rate rest</source>
            <translation>按速率剩余</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>预计</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>定额</translation>
        </message>
        <message>
            <source>Expected %</source>
            <translation>预计 %</translation>
        </message>
        <message>
            <source>Quarter forecast</source>
            <translation>季度预测</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下月</translation>
        </message>
        <message>
            <source>Could not load: {reason}</source>
            <translation>无法加载：{reason}</translation>
        </message>
        <message>
            <source>{quarter}: no won deals, open funnel or quotas recorded yet.</source>
            <translation>{quarter}：尚无赢单交易、未结漏斗或定额记录。</translation>
        </message>
        <message>
            <source>{quarter}: team {forecast}</source>
            <translation>{quarter}：团队{forecast}</translation>
        </message>
        <message>
            <source>Why we meet:
- {alert}

Agree: activity goals until the follow-up.</source>
            <translation>面谈原因：
- {alert}

约定：跟进前的活动目标。</translation>
        </message>
        <message>
            <source>Day: every rep</source>
            <translation>日：全部销售代表</translation>
        </message>
        <message>
            <source>Week: one rep</source>
            <translation>周：单个销售代表</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Type a number to fill a cell; Tab moves right, Enter moves down; paste a block copied from a spreadsheet with Ctrl+V; Ctrl+Z undoes. Red: below the day's goal, green: goal met.</source>
            <translation>输入数字填入单元格；Tab 右移，Enter 下移；用 Ctrl+V 粘贴从电子表格复制的区域；Ctrl+Z 撤销。红色：低于当日目标，绿色：达到目标。</translation>
        </message>
        <message>
            <source>Nothing entered yet for this selection.</source>
            <translation>此选择尚未录入任何数据。</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>未统计</translation>
        </message>
        <message>
            <source>{actual} of {target}</source>
            <translation>{actual} / {target}</translation>
        </message>
        <message>
            <source>{progress} · {share}</source>
            <translation>{progress} · {share}</translation>
        </message>
        <message>
            <source>The plan the goal belongs to</source>
            <translation>该目标所属的计划</translation>
        </message>
        <message>
            <source>met: target reached; missed: deadline passed without it; at risk: below 90% of the straight-line pace; on track: at or above it</source>
            <translation>已达成：达到目标值；未达成：截止日期已过仍未达到；有风险：低于匀速进度的90%；正常：达到或高于匀速进度</translation>
        </message>
        <message>
            <source>Counted from Repdesk data from the goal's start to today (or its deadline), of the target</source>
            <translation>根据 Repdesk 数据，从目标开始日统计到今天（或截止日期），相对目标值</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Could not load the goals: {why}</source>
            <translation>无法加载目标：{why}</translation>
        </message>
        <message>
            <source>No goal of the sales plan runs in {quarter}. Set goals on the Plans page.</source>
            <translation>{quarter}没有进行中的销售计划目标。请在“计划”页面设置目标。</translation>
        </message>
        <message>
            <source>{status}: {n}</source>
            <translation>{status}：{n}</translation>
        </message>
        <message>
            <source>Goals running in {quarter}, status on {day}: {parts}</source>
            <translation>{quarter}进行中的目标，截至{day}的状态：{parts}</translation>
        </message>
        <message>
            <source>Fitting the model on every rep's months…</source>
            <translation>正在用每名销售代表的月度数据拟合模型…</translation>
        </message>
        <message>
            <source>Not enough finished months yet to test the model on the past.</source>
            <translation>已完成的月份还不够，无法用历史数据检验模型。</translation>
        </message>
        <message>
            <source>Tested on {first} – {last} ({predictions}): off by {off} of what was won, better than “same as last month” ({last_month}) and the 3-month average ({average}).</source>
            <translation>在 {first} – {last} 上检验（{predictions}）：误差为赢单额的 {off}，优于“与上月相同”（{last_month}）和近3个月平均（{average}）。</translation>
        </message>
        <message>
            <source>Tested on {first} – {last} ({predictions}): off by {off} of what was won, &lt;b&gt;not&lt;/b&gt; better than “same as last month” ({last_month}) and the 3-month average ({average}).</source>
            <translation>在 {first} – {last} 上检验（{predictions}）：误差为赢单额的 {off}，&lt;b&gt;不&lt;/b&gt;优于“与上月相同”（{last_month}）和近3个月平均（{average}）。</translation>
        </message>
        <message>
            <source>Next month, predicted</source>
            <translation>下月预测</translation>
        </message>
        <message>
            <source>Likely range</source>
            <translation>可能范围</translation>
        </message>
        <message>
            <source>Won revenue predicted for the month</source>
            <translation>预测的当月赢单收入</translation>
        </message>
        <message>
            <source>Predict each rep's won revenue next month from this month's activity and funnel. Predicted falls join the attention list.</source>
            <translation>根据本月活动量和漏斗预测每名销售代表下月的赢单收入。预测下降的将加入关注名单。</translation>
        </message>
        <message>
            <source>Predict</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>Fitting the model on every rep's months… (the window stays usable)</source>
            <translation>正在用每名销售代表的月度数据拟合模型…（窗口仍可使用）</translation>
        </message>
        <message>
            <source>Could not predict: {reason}</source>
            <translation>无法预测：{reason}</translation>
        </message>
        <message>
            <source>Predict again</source>
            <translation>重新预测</translation>
        </message>
        <message>
            <source>{month}, predicted</source>
            <translation>{month}预测</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Import numbers…</source>
            <translation>导入数据…</translation>
        </message>
        <message>
            <source>Goals…</source>
            <translation>目标…</translation>
        </message>
        <message>
            <source>Add metric…</source>
            <translation>添加指标…</translation>
        </message>
        <message>
            <source>Alert settings…</source>
            <translation>预警设置…</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>仪表板</translation>
        </message>
        <message>
            <source>Enter numbers</source>
            <translation>录入数据</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>趋势</translation>
        </message>
        <message>
            <source>One-on-ones</source>
            <translation>一对一</translation>
        </message>
        <message>
            <source>One-on-one with {rep} scheduled for {when}.</source>
            <translation>已安排与{rep}的一对一，时间：{when}。</translation>
        </message>
        <message>
            <source>Activity goals — {team}</source>
            <translation>活动目标 — {team}</translation>
        </message>
        <message>
            <source>Company default</source>
            <translation>公司默认</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>For</source>
            <translation>适用于</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始</translation>
        </message>
        <message>
            <source>Team default: {team}</source>
            <translation>团队默认：{team}</translation>
        </message>
        <message>
            <source>a day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>a week</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>Per</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Set goal</source>
            <translation>设置目标</translation>
        </message>
        <message>
            <source>Goals in force (a rep's own goal wins over the team's, which wins over the company default; each runs until a later one):</source>
            <translation>生效中的目标（销售代表个人目标优先于团队目标，团队目标优先于公司默认；每项目标持续到下一项生效）：</translation>
        </message>
        <message>
            <source>No goal in force for this choice yet.</source>
            <translation>此选择尚无生效的目标。</translation>
        </message>
        <message>
            <source>In force: {amount} since {date}</source>
            <translation>生效中：自{date}起 {amount}</translation>
        </message>
        <message>
            <source>Goal not set</source>
            <translation>未设置目标</translation>
        </message>
        <message>
            <source>Add a metric</source>
            <translation>添加指标</translation>
        </message>
        <message>
            <source>e.g. Site visits</source>
            <translation>例如：现场拜访</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>every team</source>
            <translation>所有团队</translation>
        </message>
        <message>
            <source>Metric not added</source>
            <translation>未添加指标</translation>
        </message>
        <message>
            <source>Alert settings — {scope}</source>
            <translation>预警设置 — {scope}</translation>
        </message>
        <message>
            <source>company default</source>
            <translation>公司默认</translation>
        </message>
        <message>
            <source> % of the usual</source>
            <translation> % 常规水平</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> 周</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> 个工作日</translation>
        </message>
        <message>
            <source>Drawdown alert below</source>
            <translation>下滑预警阈值低于</translation>
        </message>
        <message>
            <source>Usual = median of the last</source>
            <translation>常规水平 = 最近以下时长的中位数</translation>
        </message>
        <message>
            <source>No numbers for</source>
            <translation>未录入数据达</translation>
        </message>
        <message>
            <source>{n} a week</source>
            <translation>每周{n}</translation>
        </message>
        <message>
            <source>{n} a day</source>
            <translation>每天{n}</translation>
        </message>
        <message>
            <source>One-on-one with {rep}</source>
            <translation>与{rep}的一对一</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>议程</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>安排</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>未安排</translation>
        </message>
        <message>
            <source>Outcome: one-on-one with {rep}</source>
            <translation>结果：与{rep}的一对一</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>无变化</translation>
        </message>
        <message>
            <source>Agreed {metric} a day</source>
            <translation>约定每天{metric}</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>跟进日期</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>保存中…</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>未保存：{reason}</translation>
        </message>
        <message>
            <source>Reloaded: the notes show the one-on-one as saved now.</source>
            <translation>已重新加载：备注显示此一对一现已保存。</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this one-on-one. Your notes are still here.</source>
            <translation>未保存：其他人修改了此一对一。您的备注仍在此处。</translation>
        </message>
        <message>
            <source>Could not reload; your notes are kept. {reason}</source>
            <translation>无法重新加载；您的备注已保留。{reason}</translation>
        </message>
        <message>
            <source>This one-on-one no longer exists.</source>
            <translation>此一对一已不存在。</translation>
        </message>
        <message>
            <source>Stop saving</source>
            <translation>停止保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Team meetings — {team}</source>
            <translation>团队会议 — {team}</translation>
        </message>
        <message>
            <source>every working day</source>
            <translation>每个工作日</translation>
        </message>
        <message>
            <source>every {weekday}</source>
            <translation>每{weekday}</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n}分钟</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>At</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起始</translation>
        </message>
        <message>
            <source>Morning meeting</source>
            <translation>晨会</translation>
        </message>
        <message>
            <source>Every working day</source>
            <translation>每个工作日</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>每周一次</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>On (weekly)</source>
            <translation>星期（每周）</translation>
        </message>
        <message>
            <source>Add meeting</source>
            <translation>添加会议</translation>
        </message>
        <message>
            <source>Meeting not added</source>
            <translation>未添加会议</translation>
        </message>
        <message>
            <source>Upcoming and recent</source>
            <translation>近期及即将进行</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Record outcome…</source>
            <translation>记录结果…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>导出日历 (.ics)…</translation>
        </message>
        <message>
            <source>Team meetings…</source>
            <translation>团队会议…</translation>
        </message>
        <message>
            <source>Select a one-on-one to see the rep's history: goals agreed and whether the numbers recovered afterwards.</source>
            <translation>选择一个一对一以查看该销售代表的历史：约定的目标以及之后数据是否回升。</translation>
        </message>
        <message>
            <source>{rep}: no one-on-one held yet.</source>
            <translation>{rep}：尚未进行一对一。</translation>
        </message>
        <message>
            <source>{rep} — one-on-ones held:</source>
            <translation>{rep} — 已进行的一对一：</translation>
        </message>
        <message>
            <source>numbers recovered</source>
            <translation>数据已回升</translation>
        </message>
        <message>
            <source>numbers did not recover</source>
            <translation>数据未回升</translation>
        </message>
        <message>
            <source>too early to tell</source>
            <translation>尚难判断</translation>
        </message>
        <message>
            <source>{metric} {before} → {after} a day</source>
            <translation>每天{metric} {before} → {after}</translation>
        </message>
        <message>
            <source>no goals agreed</source>
            <translation>未约定目标</translation>
        </message>
        <message>
            <source>Team meetings</source>
            <translation>团队会议</translation>
        </message>
        <message>
            <source>Choose a team first.</source>
            <translation>请先选择团队。</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>导出日历</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>日历 (*.ics)</translation>
        </message>
        <message>
            <source>Calendar exported</source>
            <translation>日历已导出</translation>
        </message>
        <message>
            <source>Quota attainment (by quarter)</source>
            <translation>定额完成率（按季度）</translation>
        </message>
        <message>
            <source>Funnel: leads won % (by month)</source>
            <translation>漏斗：线索赢单率（按月）</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>导出 PNG…</translation>
        </message>
        <message>
            <source>By</source>
            <comment>grouped by days, weeks or months</comment>
            <translation>按</translation>
        </message>
        <message>
            <source>Select reps to overlay them; select none for the whole team.</source>
            <translation>选择销售代表进行叠加对比；不选则显示整个团队。</translation>
        </message>
        <message>
            <source>Overlay reps (none: the team)</source>
            <translation>叠加销售代表（不选：团队）</translation>
        </message>
        <message>
            <source>% of quota per quarter</source>
            <translation>每季度定额完成 %</translation>
        </message>
        <message>
            <source>% of new leads won, per month</source>
            <translation>每月新线索赢单 %</translation>
        </message>
        <message>
            <source>No quotas or deals recorded for this period.</source>
            <translation>此期间无定额或交易记录。</translation>
        </message>
        <message>
            <source>{note}. Hover over the chart for exact values.</source>
            <translation>{note}。将鼠标悬停在图表上可查看精确值。</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>删除步骤</translation>
        </message>
        <message>
            <source>Plan of *</source>
            <translation>计划对象 *</translation>
        </message>
        <message>
            <source>Period *</source>
            <translation>期间 *</translation>
        </message>
        <message>
            <source>Revenue target</source>
            <translation>收入目标</translation>
        </message>
        <message>
            <source>won revenue, e.g. 250000</source>
            <translation>赢单收入，例如250000</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>three letters, e.g. EUR</source>
            <translation>三个字母，例如 CNY</translation>
        </message>
        <message>
            <source>Won deals target</source>
            <translation>赢单数目标</translation>
        </message>
        <message>
            <source>New accounts target</source>
            <translation>新客户目标</translation>
        </message>
        <message>
            <source>Activity target</source>
            <translation>活动量目标</translation>
        </message>
        <message>
            <source>Activity counts</source>
            <translation>统计的活动</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>the company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>a team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>a rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <source>Edit plan</source>
            <translation>编辑计划</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>新建计划</translation>
        </message>
        <message>
            <source>A plan's targets for one period. A team's plan needs its team, a rep's plan its rep; revenue needs its currency, activity the key number it counts. Empty: no target of that kind.</source>
            <translation>一个期间的计划目标。团队计划需指定团队，销售代表计划需指定销售代表；收入需指定币种，活动量需指定所统计的关键指标。留空：无此类目标。</translation>
        </message>
        <message>
            <source>Plan *</source>
            <translation>计划 *</translation>
        </message>
        <message>
            <source>Goal *</source>
            <translation>目标 *</translation>
        </message>
        <message>
            <source>what is to be achieved, specifically</source>
            <translation>具体要达成什么</translation>
        </message>
        <message>
            <source>Owner *</source>
            <translation>负责人 *</translation>
        </message>
        <message>
            <source>who answers for it</source>
            <translation>谁对其负责</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Deadline *</source>
            <translation>截止日期 *</translation>
        </message>
        <message>
            <source>Measured by *</source>
            <translation>衡量依据 *</translation>
        </message>
        <message>
            <source>Key number</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <source>Target *</source>
            <translation>目标值 *</translation>
        </message>
        <message>
            <source>Choose the plan the goal belongs to.</source>
            <translation>请选择该目标所属的计划。</translation>
        </message>
        <message>
            <source>A goal needs its deadline.</source>
            <translation>目标需要截止日期。</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 选择 —</translation>
        </message>
        <message>
            <source>a new step</source>
            <translation>新步骤</translation>
        </message>
        <message>
            <source>Steps (tick the done)</source>
            <translation>步骤（勾选已完成的）</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>编辑目标</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>新建目标</translation>
        </message>
        <message>
            <source>A SMART goal: what (the goal and its steps), measured from Repdesk data (revenue, won deals, new accounts or a key number) against its target, owned, with a deadline. Its progress is computed, never typed.</source>
            <translation>SMART 目标：做什么（目标及其步骤），依据 Repdesk 数据（收入、赢单数、新客户或关键指标）对照目标值衡量，有负责人，有截止日期。进度自动计算，不可手填。</translation>
        </message>
        <message>
            <source>Delete the plan {period} of {owner}?</source>
            <translation>删除 {owner} 的 {period} 计划？</translation>
        </message>
        <message>
            <source>The history keeps every deleted row; an admin can restore it there.</source>
            <translation>历史记录会保留每条被删除的记录；管理员可以在那里恢复。</translation>
        </message>
        <message>
            <source>Delete the goal “{title}” of the plan {plan}?</source>
            <translation>删除计划 {plan} 的目标“{title}”？</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <source>Rep *</source>
            <translation>销售代表 *</translation>
        </message>
        <message>
            <source>Calls {what}</source>
            <translation>电话 {what}</translation>
        </message>
        <message>
            <source>Meetings {what}</source>
            <translation>会面 {what}</translation>
        </message>
        <message>
            <source>Proposals {what}</source>
            <translation>方案 {what}</translation>
        </message>
        <message>
            <source>Choose the rep whose week this is.</source>
            <translation>请选择这一周所属的销售代表。</translation>
        </message>
        <message>
            <source>Deals that moved on</source>
            <translation>已推进的交易</translation>
        </message>
        <message>
            <source>Deals to advance</source>
            <translation>待推进的交易</translation>
        </message>
        <message>
            <source>Friday's report: week {week} of {rep}</source>
            <translation>周五报告：{rep}，{week}周</translation>
        </message>
        <message>
            <source>What was done this week, and which of the planned deals moved on. The team sees it beside Monday's plan.</source>
            <translation>本周完成了什么，以及计划中的交易哪些已推进。团队可在周一计划旁看到。</translation>
        </message>
        <message>
            <source>Plan the week {week}</source>
            <translation>计划{week}周</translation>
        </message>
        <message>
            <source>Monday's plan: the calls, meetings and proposals of the week and the rep's open deals to advance. Shared with the team.</source>
            <translation>周一计划：本周的电话、会面和方案，以及该销售代表待推进的未结交易。与团队共享。</translation>
        </message>
        <message>
            <source>{measure} ({metric})</source>
            <translation>{measure}（{metric}）</translation>
        </message>
        <message>
            <source>{done} of {all}</source>
            <translation>{done} / {all}</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <translation>{done} / {planned}</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>尚未</translation>
        </message>
        <message>
            <source>done {day}</source>
            <translation>{day}完成</translation>
        </message>
        <message>
            <source>Who owns the goal</source>
            <translation>目标负责人</translation>
        </message>
        <message>
            <source>What Repdesk counts for it</source>
            <translation>Repdesk 为其统计的内容</translation>
        </message>
        <message>
            <source>Counted from Repdesk data from the goal's start to the day shown (or its deadline)</source>
            <translation>根据 Repdesk 数据，从目标开始日统计到所示日期（或截止日期）</translation>
        </message>
        <message>
            <source>Where a straight line from 0 at the start to the target at the deadline is today</source>
            <translation>从开始时的0到截止日的目标值连成直线，今天应处的位置</translation>
        </message>
        <message>
            <source>met: target reached; missed: deadline passed without it; at risk: below 90% of the pace; on track: at or above it</source>
            <translation>已达成：达到目标值；未达成：截止日期已过仍未达到；有风险：低于进度的90%；正常：达到或高于进度</translation>
        </message>
        <message>
            <source>The goal's steps ticked done, of all its steps</source>
            <translation>已勾选完成的步骤 / 全部步骤</translation>
        </message>
        <message>
            <source>Plan period</source>
            <translation>计划期间</translation>
        </message>
        <message>
            <source>Sprint week of</source>
            <translation>冲刺周</translation>
        </message>
        <message>
            <source>This level's own target</source>
            <translation>本层级自身的目标</translation>
        </message>
        <message>
            <source>The targets of the plans one level below, added up (never two currencies as one)</source>
            <translation>下一层级各计划目标之和（不同币种不合并）</translation>
        </message>
        <message>
            <source>Own target minus the sum below: positive, the level asks more than its parts plan; negative, its parts plan more</source>
            <translation>自身目标减去下层之和：正数表示本层要求高于下层计划，负数表示下层计划更多</translation>
        </message>
        <message>
            <source>Done of planned (planned only, until Friday's report)</source>
            <translation>完成 / 计划（周五报告前仅显示计划）</translation>
        </message>
        <message>
            <source>✓ moved on this week, ✗ did not</source>
            <translation>✓ 本周已推进，✗ 未推进</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>新建计划…</translation>
        </message>
        <message>
            <source>Edit plan…</source>
            <translation>编辑计划…</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>拆分</translation>
        </message>
        <message>
            <source>Split the chosen plan into shorter periods; the parts add up to it exactly and replace an earlier split</source>
            <translation>将所选计划拆分为更短的期间；各部分之和恰好等于原计划，并替换之前的拆分</translation>
        </message>
        <message>
            <source>New goal…</source>
            <translation>新建目标…</translation>
        </message>
        <message>
            <source>Edit goal…</source>
            <translation>编辑目标…</translation>
        </message>
        <message>
            <source>Delete plan…</source>
            <translation>删除计划…</translation>
        </message>
        <message>
            <source>Delete goal…</source>
            <translation>删除目标…</translation>
        </message>
        <message>
            <source>Plan the week…</source>
            <translation>计划本周…</translation>
        </message>
        <message>
            <source>Friday's report…</source>
            <translation>周五报告…</translation>
        </message>
        <message>
            <source>Targets rolled up: rep → team → company</source>
            <translation>目标汇总：销售代表 → 团队 → 公司</translation>
        </message>
        <message>
            <source>Sprints</source>
            <translation>冲刺</translation>
        </message>
        <message>
            <source>Double-click a row to edit it. Goals are measured from Repdesk data; the weeks are shared with the team. Also: “repdesk plan --help”.</source>
            <translation>双击行可编辑。目标依据 Repdesk 数据衡量；周计划与团队共享。另见：“repdesk plan --help”。</translation>
        </message>
        <message>
            <source>The plans could not be loaded; try again.</source>
            <translation>无法加载计划；请重试。</translation>
        </message>
        <message>
            <source>Goals due in {period}: status on {day}</source>
            <translation>{period}到期的目标：截至{day}的状态</translation>
        </message>
        <message>
            <source>Sprints of the week {week} ({start} – {end})</source>
            <translation>{week}周冲刺（{start} – {end}）</translation>
        </message>
        <message>
            <source>No plan for {period} that you can see.</source>
            <translation>没有您可查看的{period}计划。</translation>
        </message>
        <message>
            <source>Choose a row of a plan in the roll-up first (a team without a plan of its own has none to edit: make one with New plan…).</source>
            <translation>请先在汇总中选择某个计划的行（没有自己计划的团队无可编辑项：请用“新建计划…”创建）。</translation>
        </message>
        <message>
            <source>Choose the plan to split in the roll-up first.</source>
            <translation>请先在汇总中选择要拆分的计划。</translation>
        </message>
        <message>
            <source>Splitting…</source>
            <translation>拆分中…</translation>
        </message>
        <message>
            <source>Split into {n} parts that add up to the plan.</source>
            <translation>已拆分为{n}部分，合计等于原计划。</translation>
        </message>
        <message>
            <source>Not split: {why}</source>
            <translation>未拆分：{why}</translation>
        </message>
        <message>
            <source>{owner} {period}</source>
            <translation>{owner} {period}</translation>
        </message>
        <message>
            <source>A goal belongs to a plan: make the period's plan first.</source>
            <translation>目标属于计划：请先创建该期间的计划。</translation>
        </message>
        <message>
            <source>Choose a goal first.</source>
            <translation>请先选择目标。</translation>
        </message>
        <message>
            <source>Choose a plan in the roll-up first.</source>
            <translation>请先在汇总表中选择一个计划。</translation>
        </message>
        <message>
            <source>Delete plan</source>
            <translation>删除计划</translation>
        </message>
        <message>
            <source>The plan {period} of {owner} was deleted.</source>
            <translation>{owner} 的 {period} 计划已删除。</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>删除目标</translation>
        </message>
        <message>
            <source>The goal “{title}” was deleted.</source>
            <translation>目标“{title}”已删除。</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>正在删除…</translation>
        </message>
        <message>
            <source>Not deleted: {why}</source>
            <translation>未删除：{why}</translation>
        </message>
        <message>
            <source>Reading the open deals…</source>
            <translation>正在读取未结交易…</translation>
        </message>
        <message>
            <source>Choose the rep's planned week first: Friday's report follows Monday's plan.</source>
            <translation>请先选择该销售代表已计划的周：周五报告基于周一计划。</translation>
        </message>
        <message>
            <source>New scorecard</source>
            <translation>新建评分表</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>zeroes the evaluation</source>
            <translation>评估计零分</translation>
        </message>
        <message>
            <source>caps the evaluation at</source>
            <translation>评估封顶为</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>A failed critical question</source>
            <translation>关键问题未通过时</translation>
        </message>
        <message>
            <source>Save scorecard</source>
            <translation>保存评分表</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>问候</translation>
        </message>
        <message>
            <source>Greeted the customer promptly</source>
            <translation>及时问候客户</translation>
        </message>
        <message>
            <source>A new scorecard: saving creates version 1.</source>
            <translation>新评分表：保存后创建版本1。</translation>
        </message>
        <message>
            <source>Version {number}, not used yet: changes are saved into it.</source>
            <translation>版本{number}，尚未使用：修改将保存到此版本。</translation>
        </message>
        <message>
            <source>Scorecard not saved</source>
            <translation>评分表未保存</translation>
        </message>
        <message>
            <source>Saved as version {number} (a new version).</source>
            <translation>已保存为版本{number}（新版本）。</translation>
        </message>
        <message>
            <source>Saved as version {number}.</source>
            <translation>已保存为版本{number}。</translation>
        </message>
        <message>
            <source>New evaluation</source>
            <translation>新建评估</translation>
        </message>
        <message>
            <source>the outside agency's name</source>
            <translation>外部机构名称</translation>
        </message>
        <message>
            <source>who evaluated (your own name: Company ▸ Users and roles)</source>
            <translation>评估人（您本人的姓名：公司 ▸ 用户和角色）</translation>
        </message>
        <message>
            <source>link to the call recording or a file (optional)</source>
            <translation>通话录音或文件的链接（可选）</translation>
        </message>
        <message>
            <source>comments for the rep (optional)</source>
            <translation>给销售代表的评语（可选）</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>评估人</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>评语</translation>
        </message>
        <message>
            <source>Save  (Ctrl+S)</source>
            <translation>保存  (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save &amp;&amp; next  (Ctrl+Shift+S)</source>
            <translation>保存 &amp;&amp; 下一个  (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>choose a rep from the list</source>
            <translation>从列表中选择销售代表</translation>
        </message>
        <message>
            <source>answer at least one question</source>
            <translation>至少回答一个问题</translation>
        </message>
        <message>
            <source>Saved for {rep} ({count} in this session). Next rep:</source>
            <translation>已为{rep}保存（本次共{count}份）。下一位销售代表：</translation>
        </message>
        <message>
            <source>New evaluation…  (Ctrl+E)</source>
            <translation>新建评估…  (Ctrl+E)</translation>
        </message>
        <message>
            <source>Import agency results…</source>
            <translation>导入机构结果…</translation>
        </message>
        <message>
            <source>Rep name contains…</source>
            <translation>销售代表姓名包含…</translation>
        </message>
        <message>
            <source>All scorecards</source>
            <translation>所有评分表</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>筛选</translation>
        </message>
        <message>
            <source>{score} ⚠ critical</source>
            <translation>{score} ⚠ 关键项</translation>
        </message>
        <message>
            <source>{count} evaluations match the filter (the latest {limit} shown)</source>
            <translation>{count}次评估符合筛选条件（显示最近{limit}次）</translation>
        </message>
        <message>
            <source>{count} most recent evaluations (the latest {limit} shown)</source>
            <translation>最近{count}次评估（显示最近{limit}次）</translation>
        </message>
        <message>
            <source>Evaluation · {rep} · {date}</source>
            <translation>评估 · {rep} · {date}</translation>
        </message>
        <message>
            <source>Comments: {text}</source>
            <translation>评语：{text}</translation>
        </message>
        <message>
            <source>Recording: {link}</source>
            <translation>录音：{link}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>part inside each tier</source>
            <translation>各档内的部分</translation>
        </message>
        <message>
            <source>all of the amount</source>
            <translation>全部金额</translation>
        </message>
        <message>
            <source>Export (.csv / .xlsx)…</source>
            <translation>导出 (.csv / .xlsx)…</translation>
        </message>
        <message>
            <source>Incentive plans…</source>
            <translation>激励方案…</translation>
        </message>
        <message>
            <source>Select a rep to see the arithmetic.</source>
            <translation>选择销售代表以查看计算过程。</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rep}&lt;/b&gt;: {arithmetic} → &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{rep}&lt;/b&gt;：{arithmetic} → &lt;b&gt;{total}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Export commission</source>
            <translation>导出提成</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Incentive plans</source>
            <translation>激励方案</translation>
        </message>
        <message>
            <source>company default (teams without their own plan)</source>
            <translation>公司默认（适用于没有自己方案的团队）</translation>
        </message>
        <message>
            <source> % of won amount (no tiers or no quota)</source>
            <translation> % 赢单金额（无分档或无定额）</translation>
        </message>
        <message>
            <source>the part of the won amount inside each tier</source>
            <translation>赢单金额中落在各档内的部分</translation>
        </message>
        <message>
            <source>all of the won amount, at the rate of the tier reached</source>
            <translation>全部赢单金额，按达到的档位费率计算</translation>
        </message>
        <message>
            <source>From % of quota</source>
            <translation>起点（定额 %）</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>费率 %</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>奖金</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>门槛</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>添加档位</translation>
        </message>
        <message>
            <source>Add bonus</source>
            <translation>添加奖金</translation>
        </message>
        <message>
            <source>Remove selected row</source>
            <translation>删除所选行</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>保存方案</translation>
        </message>
        <message>
            <source>Base rate</source>
            <translation>基础费率</translation>
        </message>
        <message>
            <source>A tier's rate applies to</source>
            <translation>档位费率适用于</translation>
        </message>
        <message>
            <source>Tiers (thresholds in % of quota; 50 means half the quota)</source>
            <translation>档位（门槛为定额的 %；50表示定额的一半）</translation>
        </message>
        <message>
            <source>Bonuses: attainment and quality in %, deals as a count</source>
            <translation>奖金：完成率和质量按 %，交易按笔数</translation>
        </message>
        <message>
            <source>row {row}: '{text}' is not a number</source>
            <translation>第{row}行：“{text}”不是数字</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>all teams</source>
            <translation>所有团队</translation>
        </message>
        <message>
            <source>Assign suggested course</source>
            <translation>分配建议课程</translation>
        </message>
        <message>
            <source>Gap: a section below</source>
            <translation>差距：部分低于</translation>
        </message>
        <message>
            <source>over the last</source>
            <translation>统计最近</translation>
        </message>
        <message>
            <source>evaluations ·</source>
            <translation>次评估 ·</translation>
        </message>
        <message>
            <source>Show rep's trend</source>
            <translation>显示销售代表趋势</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>部分</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>平均</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Suggested course</source>
            <translation>建议课程</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>课程</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Sections it trains</source>
            <translation>培训的部分</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>即将进行</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>enrolments not completed</comment>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Score before</source>
            <translation>培训前得分</translation>
        </message>
        <message>
            <source>Score after</source>
            <translation>培训后得分</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>学时</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>已报名</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>已分配</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>场次</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>考核</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>新建场次…</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>新建课程…</translation>
        </message>
        <message>
            <source>Score before vs after: each rep's average in the 120 days before completing the course against the 120 days after.</source>
            <translation>培训前后得分：每名销售代表完成课程前120天与后120天的平均分对比。</translation>
        </message>
        <message>
            <source>Courses and their effect</source>
            <translation>课程及其效果</translation>
        </message>
        <message>
            <source>Training calendar</source>
            <translation>培训日历</translation>
        </message>
        <message>
            <source>Rep's training history</source>
            <translation>销售代表培训历史</translation>
        </message>
        <message>
            <source>Looking for gaps…</source>
            <translation>正在查找差距…</translation>
        </message>
        <message>
            <source>Gaps could not be read: {reason}</source>
            <translation>无法读取差距：{reason}</translation>
        </message>
        <message>
            <source>— none left: every course for it is taken or none is mapped —</source>
            <translation>— 无剩余：相关课程均已参加或未关联课程 —</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; course(s) just assigned.</source>
            <translation>
                <numerusform>刚刚分配了 &lt;b&gt;%n&lt;/b&gt; 门课程。</numerusform>
            </translation>
        </message>
        <message>
            <source>{gaps} for {reps}, weakest first. Select rows and assign (or double-click one).</source>
            <translation>{reps}共有{gaps}，最弱的在前。选择行后分配（或双击某行）。</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>远程</translation>
        </message>
        <message>
            <source>Training history · {rep}</source>
            <translation>培训历史 · {rep}</translation>
        </message>
        <message>
            <source>Record an outcome</source>
            <translation>记录结果</translation>
        </message>
        <message>
            <source>Select a course in the rep's training history.</source>
            <translation>请在销售代表的培训历史中选择一门课程。</translation>
        </message>
        <message>
            <source>Assign a course</source>
            <translation>分配课程</translation>
        </message>
        <message>
            <source>Select gaps that have a suggested course.</source>
            <translation>请选择有建议课程的差距。</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Export training calendar</source>
            <translation>导出培训日历</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>新建课程</translation>
        </message>
        <message>
            <source>product knowledge</source>
            <translation>产品知识</translation>
        </message>
        <message>
            <source>competitive intelligence</source>
            <translation>竞争情报</translation>
        </message>
        <message>
            <source>prospecting</source>
            <translation>客户开发</translation>
        </message>
        <message>
            <source>opportunity management</source>
            <translation>商机管理</translation>
        </message>
        <message>
            <source>territory planning</source>
            <translation>区域规划</translation>
        </message>
        <message>
            <source>professional communication</source>
            <translation>职业沟通</translation>
        </message>
        <message>
            <source>sales standards</source>
            <translation>销售规范</translation>
        </message>
        <message>
            <source> h</source>
            <comment>hours</comment>
            <translation> 小时</translation>
        </message>
        <message>
            <source>Scorecard sections it trains
(gaps there suggest it)</source>
            <translation>培训的评分表部分
（这些部分有差距时推荐此课程）</translation>
        </message>
        <message>
            <source>New training session</source>
            <translation>新建培训场次</translation>
        </message>
        <message>
            <source>a room, or the meeting link</source>
            <translation>会议室或会议链接</translation>
        </message>
        <message>
            <source>open to every team</source>
            <translation>向所有团队开放</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>Add a course to the catalogue first.</source>
            <translation>请先向课程目录添加课程。</translation>
        </message>
        <message>
            <source>Outcome · {course}</source>
            <translation>结果 · {course}</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>已出席</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>no test</source>
            <translation>无测试</translation>
        </message>
        <message>
            <source>Assessment score</source>
            <translation>考核得分</translation>
        </message>
        <message>
            <source>{points} pts</source>
            <translation>{points}分</translation>
        </message>
        <message>
            <source>last {count} months</source>
            <translation>最近{count}个月</translation>
        </message>
        <message>
            <source>Rep average</source>
            <translation>销售代表平均</translation>
        </message>
        <message>
            <source>Team average</source>
            <translation>团队平均</translation>
        </message>
        <message>
            <source>Rep vs team</source>
            <translation>与团队差</translation>
        </message>
        <message>
            <source>The trend could not be read: {reason}</source>
            <translation>无法读取趋势：{reason}</translation>
        </message>
        <message>
            <source>No evaluations yet: record one on the Evaluations tab.</source>
            <translation>尚无评估：请在“评估”选项卡中记录。</translation>
        </message>
        <message>
            <source>— overall only —</source>
            <translation>— 仅总分 —</translation>
        </message>
        <message>
            <source>{rep} · {team} · weakest sections: {sections}</source>
            <translation>{rep} · {team} · 最弱部分：{sections}</translation>
        </message>
        <message>
            <source>no team</source>
            <translation>无团队</translation>
        </message>
        <message>
            <source>Rep overall</source>
            <translation>销售代表总分</translation>
        </message>
        <message>
            <source>Team overall</source>
            <translation>团队总分</translation>
        </message>
        <message>
            <source>Rep · {section}</source>
            <translation>销售代表 · {section}</translation>
        </message>
        <message>
            <source>Team · {section}</source>
            <translation>团队 · {section}</translation>
        </message>
        <message>
            <source>Monthly average score</source>
            <translation>月平均得分</translation>
        </message>
        <message>
            <source>per team</source>
            <translation>按团队</translation>
        </message>
        <message>
            <source>per territory</source>
            <translation>按区域</translation>
        </message>
        <message>
            <source>per wave of mystery shops</source>
            <translation>按神秘顾客批次</translation>
        </message>
        <message>
            <source>Put on the honour roll</source>
            <translation>列入光荣榜</translation>
        </message>
        <message>
            <source>League table</source>
            <translation>排名表</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>最高</translation>
        </message>
        <message>
            <source>Worst</source>
            <translation>最低</translation>
        </message>
        <message>
            <source>Critical fails</source>
            <translation>关键项未通过</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>&lt;b&gt;Honour roll:&lt;/b&gt; nobody yet.</source>
            <translation>&lt;b&gt;光荣榜：&lt;/b&gt;暂无。</translation>
        </message>
        <message>
            <source>Honour roll</source>
            <translation>光荣榜</translation>
        </message>
        <message>
            <source>Edit rep…</source>
            <translation>编辑销售代表…</translation>
        </message>
        <message>
            <source>Full history…</source>
            <translation>完整历史…</translation>
        </message>
        <message>
            <source>Every change of this rep (Ctrl+H)</source>
            <translation>此销售代表的所有更改 (Ctrl+H)</translation>
        </message>
        <message>
            <source>Not available: {reason}</source>
            <translation>不可用：{reason}</translation>
        </message>
        <message>
            <source>{metric}, week by week</source>
            <translation>{metric}，逐周</translation>
        </message>
        <message>
            <source>Rep {id}</source>
            <translation>销售代表{id}</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>无目标值</translation>
        </message>
        <message>
            <source>from {agency}</source>
            <translation>来自{agency}</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>导师</translation>
        </message>
        <message>
            <source>Territories</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>入职</translation>
        </message>
        <message>
            <source>Left</source>
            <comment>left the company</comment>
            <translation>离职</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>已核实</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>未核实</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Home base</source>
            <translation>常驻地</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>推荐人</translation>
        </message>
        <message>
            <source>Prior results</source>
            <translation>以往业绩</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Builder — opens new accounts and territory</source>
            <translation>开拓型 — 开发新客户和新区域</translation>
        </message>
        <message>
            <source>Producer — grows existing accounts</source>
            <translation>耕耘型 — 深挖现有客户</translation>
        </message>
        <message>
            <source>Probation rule:</source>
            <translation>试用期规则：</translation>
        </message>
        <message>
            <source>Not flagged by the probation rule.</source>
            <translation>未被试用期规则标记。</translation>
        </message>
        <message>
            <source>Onboarding</source>
            <translation>入职引导</translation>
        </message>
        <message>
            <source>{done} of {count} done</source>
            <translation>已完成{done} / {count}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Improvement plan</source>
            <translation>绩效改进计划</translation>
        </message>
        <message>
            <source>No improvement plan.</source>
            <translation>无绩效改进计划。</translation>
        </message>
        <message>
            <source>so far</source>
            <translation>截至目前</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>No key numbers or goals this quarter.</source>
            <translation>本季度无关键指标或目标。</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>截至目前</translation>
        </message>
        <message>
            <source>{open} · {won} · {lost} this quarter</source>
            <translation>本季度：{open} · {won} · {lost}</translation>
        </message>
        <message>
            <source>{n} open</source>
            <translation>{n}笔未结</translation>
        </message>
        <message>
            <source>{n} won</source>
            <translation>{n}笔赢单</translation>
        </message>
        <message>
            <source>{n} lost</source>
            <translation>{n}笔输单</translation>
        </message>
        <message>
            <source>Close</source>
            <comment>close date</comment>
            <translation>成交日</translation>
        </message>
        <message>
            <source>and {n} more on the board</source>
            <translation>看板上还有{n}笔</translation>
        </message>
        <message>
            <source>Next:</source>
            <translation>下次：</translation>
        </message>
        <message>
            <source>No one-on-one scheduled.</source>
            <translation>未安排一对一。</translation>
        </message>
        <message>
            <source>numbers not recovered</source>
            <translation>数据未回升</translation>
        </message>
        <message>
            <source>No one-on-one held yet.</source>
            <translation>尚未进行一对一。</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>尚无考评。</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>评级</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>考评人</translation>
        </message>
        <message>
            <source>No evaluations in the last twelve months.</source>
            <translation>近十二个月无评估。</translation>
        </message>
        <message>
            <source>Section (weakest first)</source>
            <translation>部分（最弱在前）</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <source>No training assigned.</source>
            <translation>未分配培训。</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Base salary</source>
            <translation>基本工资</translation>
        </message>
        <message>
            <source>Own commission rate</source>
            <translation>个人提成比例</translation>
        </message>
        <message>
            <source>No commission this quarter: no won deals and no quota.</source>
            <translation>本季度无提成：无赢单交易且无定额。</translation>
        </message>
        <message>
            <source>{period} ({plan}): won {won}, commission {commission}</source>
            <translation>{period}（{plan}）：赢单 {won}，提成 {commission}</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>On</source>
            <comment>the amount a rate applies to</comment>
            <translation>计提基数</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>费率</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>提成</translation>
        </message>
        <message>
            <source>No recorded changes.</source>
            <translation>无更改记录。</translation>
        </message>
        <message>
            <source>created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <source>Choose a review on the left.</source>
            <translation>请在左侧选择一份考评。</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>维度</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Figure of the quarter</source>
            <translation>本季度数据</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Overall rating: –</source>
            <translation>总评级：–</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>手动调整</translation>
        </message>
        <message>
            <source>Reason for the override (required)</source>
            <translation>调整原因（必填）</translation>
        </message>
        <message>
            <source>Figures against target</source>
            <translation>数据与目标对比</translation>
        </message>
        <message>
            <source>Trend of the quarter</source>
            <translation>本季度趋势</translation>
        </message>
        <message>
            <source>The rep's own comments, entered when they acknowledge the review</source>
            <translation>销售代表本人的意见，在确认考评时填写</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>优势</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>待改进</translation>
        </message>
        <message>
            <source>SMART goal (specific)</source>
            <translation>SMART 目标（具体）</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation>衡量依据</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Goals for next quarter</source>
            <translation>下季度目标</translation>
        </message>
        <message>
            <source>Rep's comments</source>
            <translation>销售代表意见</translation>
        </message>
        <message>
            <source>Pay and decision (HR only)</source>
            <translation>薪酬与决定（仅限 HR）</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>记录决定</translation>
        </message>
        <message>
            <source>Current pay</source>
            <translation>当前薪酬</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>退回草稿</translation>
        </message>
        <message>
            <source>Rep acknowledges</source>
            <translation>销售代表确认</translation>
        </message>
        <message>
            <source>Close review</source>
            <translation>关闭考评</translation>
        </message>
        <message>
            <source>– ({progress})</source>
            <translation>–（{progress}）</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Reviewer {name}</source>
            <translation>考评人 {name}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <source>closed {date}</source>
            <translation>{date}关闭</translation>
        </message>
        <message>
            <source>Rated by the reviewer</source>
            <translation>由考评人评级</translation>
        </message>
        <message>
            <source>Not available yet: {reason}</source>
            <translation>暂不可用：{reason}</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>This review is closed and read-only.</source>
            <translation>此考评已关闭，只读。</translation>
        </message>
        <message>
            <source>Previous review {cycle}: {rating} ({status}).</source>
            <translation>上次考评 {cycle}：{rating}（{status}）。</translation>
        </message>
        <message>
            <source>No previous review.</source>
            <translation>无上次考评。</translation>
        </message>
        <message>
            <source>One-on-ones this quarter: {held} held of {count}.</source>
            <translation>本季度一对一：已进行{held} / {count}。</translation>
        </message>
        <message>
            <source>No one-on-ones recorded this quarter.</source>
            <translation>本季度无一对一记录。</translation>
        </message>
        <message>
            <source>Goals for this quarter: {goals}.</source>
            <translation>本季度目标：{goals}。</translation>
        </message>
        <message>
            <source>{goal} ({target} by {deadline})</source>
            <translation>{goal}（{deadline}前达到 {target}）</translation>
        </message>
        <message>
            <source>Improvement plan ({days} days from {start}, {outcome}): {progress}</source>
            <translation>绩效改进计划（自{start}起{days}天，{outcome}）：{progress}</translation>
        </message>
        <message>
            <source>Key numbers</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>目标 %</translation>
        </message>
        <message>
            <source>{base} base, commission {rate}</source>
            <translation>基本工资 {base}，提成 {rate}</translation>
        </message>
        <message>
            <source>{base} base</source>
            <translation>基本工资 {base}</translation>
        </message>
        <message>
            <source>Overall rating (from the weights): {rating}</source>
            <translation>总评级（按权重）：{rating}</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this review. Your edits are still here; Save checks them against the current version.</source>
            <translation>未保存：其他人修改了此考评。您的修改仍在此处；再次保存时将与当前版本核对。</translation>
        </message>
        <message>
            <source>Reloaded: the form shows the review as saved now.</source>
            <translation>已重新加载：表单显示考评当前已保存的内容。</translation>
        </message>
        <message>
            <source>Could not reload; your edits are kept. {reason}</source>
            <translation>无法重新加载；您的修改已保留。{reason}</translation>
        </message>
        <message>
            <source>{action}…</source>
            <translation>{action}…</translation>
        </message>
        <message>
            <source>Review submitted.</source>
            <translation>考评已提交。</translation>
        </message>
        <message>
            <source>Review returned.</source>
            <translation>考评已退回。</translation>
        </message>
        <message>
            <source>Review acknowledged.</source>
            <translation>考评已确认。</translation>
        </message>
        <message>
            <source>Review closed.</source>
            <translation>考评已关闭。</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>完成。</translation>
        </message>
        <message>
            <source>Not done: someone else changed this review meanwhile.</source>
            <translation>未完成：期间其他人修改了此考评。</translation>
        </message>
        <message>
            <source>Pay decision recorded.</source>
            <translation>薪酬决定已记录。</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>考评</translation>
        </message>
        <message>
            <source>Goals of the sales plan due in the quarter</source>
            <translation>本季度到期的销售计划目标</translation>
        </message>
        <message>
            <source>The goals of the sales plan could not be read: {why}</source>
            <translation>无法读取销售计划目标：{why}</translation>
        </message>
        <message>
            <source>No goal of the rep's sales plan was due in this quarter.</source>
            <translation>本季度没有到期的该销售代表销售计划目标。</translation>
        </message>
        <message>
            <source>{met} of {all} met (the rep's own plan's goals with their deadline in this quarter, measured from Repdesk data).</source>
            <translation>达成{met} / {all}（该销售代表个人计划中截止日期在本季度的目标，依据 Repdesk 数据衡量）。</translation>
        </message>
        <message>
            <source>New cycle…</source>
            <translation>新建周期…</translation>
        </message>
        <message>
            <source>PDFs for the list…</source>
            <translation>为列表生成 PDF…</translation>
        </message>
        <message>
            <source>Team summary PDF…</source>
            <translation>团队汇总 PDF…</translation>
        </message>
        <message>
            <source>A4</source>
            <comment>paper size</comment>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <comment>paper size</comment>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>打开 PDF</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Put on improvement plan…</source>
            <translation>列入绩效改进计划…</translation>
        </message>
        <message>
            <source>Loading the reviews…</source>
            <translation>正在加载考评…</translation>
        </message>
        <message>
            <source>Could not load the reviews: {reason}</source>
            <translation>无法加载考评：{reason}</translation>
        </message>
        <message>
            <source>on plan</source>
            <translation>改进计划中</translation>
        </message>
        <message>
            <source>{n} {status}</source>
            <translation>{n}份{status}</translation>
        </message>
        <message>
            <source>No reviews in this cycle for this team.</source>
            <translation>该团队本周期无考评。</translation>
        </message>
        <message>
            <source>New review cycle</source>
            <translation>新建考评周期</translation>
        </message>
        <message>
            <source>Quarter (draft reviews for {scope}):</source>
            <translation>季度（为{scope}创建考评草稿）：</translation>
        </message>
        <message>
            <source>Review {cycle}: rated {rating}.</source>
            <translation>考评 {cycle}：评级 {rating}。</translation>
        </message>
        <message>
            <source>Review {cycle}: not rated yet.</source>
            <translation>考评 {cycle}：尚未评级。</translation>
        </message>
        <message>
            <source>Folder for the PDFs</source>
            <translation>PDF 保存文件夹</translation>
        </message>
        <message>
            <source>Failed: {list}.</source>
            <translation>失败：{list}。</translation>
        </message>
        <message>
            <source>Cancelled: no PDFs were kept.</source>
            <translation>已取消：未保留任何 PDF。</translation>
        </message>
        <message>
            <source>Review PDFs</source>
            <translation>考评 PDF</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>已写入 {path}。</translation>
        </message>
        <message>
            <source>Reading the cycle…</source>
            <translation>正在读取周期…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Writing the team summary…</source>
            <translation>正在生成团队汇总…</translation>
        </message>
        <message>
            <source>Improvement plan: {rep}</source>
            <translation>绩效改进计划：{rep}</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n}天</translation>
        </message>
        <message>
            <source>The key number measured each week (its key, e.g. calls)</source>
            <translation>每周衡量的关键指标（其键名，例如 calls）</translation>
        </message>
        <message>
            <source>Weekly target</source>
            <translation>每周目标值</translation>
        </message>
        <message>
            <source>Check-ins are scheduled every two weeks.</source>
            <translation>每两周安排一次跟进面谈。</translation>
        </message>
        <message>
            <source>Export reps</source>
            <translation>导出销售代表</translation>
        </message>
        <message>
            <source>Reps exported</source>
            <translation>销售代表已导出</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Exporting reps…</source>
            <translation>正在导出销售代表…</translation>
        </message>
        <message>
            <source>Search name, email, territory, agency…</source>
            <translation>搜索姓名、邮箱、区域、机构…</translation>
        </message>
        <message>
            <source>Below quota for the team's probation rule, or onboarding overdue</source>
            <translation>按团队试用期规则低于定额，或入职引导逾期</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>所有状态</translation>
        </message>
        <message>
            <source>All work modes</source>
            <translation>所有工作方式</translation>
        </message>
        <message>
            <source>All employment</source>
            <translation>所有用工类型</translation>
        </message>
        <message>
            <source>Add rep…</source>
            <translation>添加销售代表…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Probation rule…</source>
            <translation>试用期规则…</translation>
        </message>
        <message>
            <source>Quarters below quota, in a row, before a rep of the chosen team is flagged</source>
            <translation>所选团队的销售代表连续低于定额多少个季度后被标记</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Loading the roster…</source>
            <translation>正在加载销售代表名册…</translation>
        </message>
        <message>
            <source>{action} {what}</source>
            <comment>undo or redo, then what</comment>
            <translation>{action}{what}</translation>
        </message>
        <message>
            <source>Could not load the roster: {problem}</source>
            <translation>无法加载名册：{problem}</translation>
        </message>
        <message>
            <source>&lt;span style='color:#b3261e'&gt;{n} on quota watch&lt;/span&gt; (below quota the team's number of quarters in a row)</source>
            <translation>&lt;span style='color:#b3261e'&gt;{n}名处于定额观察中&lt;/span&gt;（连续低于定额的季度数达到团队规定）</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>重置列</translation>
        </message>
        <message>
            <source>Probation rule</source>
            <translation>试用期规则</translation>
        </message>
        <message>
            <source>{team}: flag reps below quota this many quarters in a row (0: never)</source>
            <translation>{team}：连续这么多个季度低于定额的销售代表将被标记（0：从不）</translation>
        </message>
        <message>
            <source>Select a territory to see and set its quota.</source>
            <translation>选择一个区域以查看和设置其定额。</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>{year}年</translation>
        </message>
        <message>
            <source>Money (won amount)</source>
            <translation>金额（赢单金额）</translation>
        </message>
        <message>
            <source>Won deals (count)</source>
            <translation>赢单数（笔数）</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Save quota</source>
            <translation>保存定额</translation>
        </message>
        <message>
            <source>into quarters</source>
            <translation>拆分为季度</translation>
        </message>
        <message>
            <source>into months</source>
            <translation>拆分为月</translation>
        </message>
        <message>
            <source>into weeks</source>
            <translation>拆分为周</translation>
        </message>
        <message>
            <source>weights, e.g. 1,1,1,2</source>
            <translation>权重，例如1,1,1,2</translation>
        </message>
        <message>
            <source>Empty: split evenly; or seasonal weights, e.g. 1,1,1,2</source>
            <translation>留空：平均拆分；或季节性权重，例如1,1,1,2</translation>
        </message>
        <message>
            <source>Share of the quota</source>
            <translation>定额份额</translation>
        </message>
        <message>
            <source>Share evenly</source>
            <translation>平均分配</translation>
        </message>
        <message>
            <source>Save allocation</source>
            <translation>保存分配</translation>
        </message>
        <message>
            <source>Measured in</source>
            <translation>计量单位</translation>
        </message>
        <message>
            <source>Territory quota</source>
            <translation>区域定额</translation>
        </message>
        <message>
            <source>&lt;b&gt;Allocation to the reps covering the territory&lt;/b&gt;</source>
            <translation>&lt;b&gt;分配给负责该区域的销售代表&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: quota, split and allocation</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;：定额、拆分与分配</translation>
        </message>
        <message>
            <source>Split: {parts}</source>
            <translation>拆分：{parts}</translation>
        </message>
        <message>
            <source>Not a valid amount for: {names}</source>
            <translation>金额无效：{names}</translation>
        </message>
        <message>
            <source>Allocated {total}; the territory has no quota for this period.</source>
            <translation>已分配 {total}；该区域此期间没有定额。</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: it adds up.</source>
            <translation>已分配 {total} / {quota}：合计相符。</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: {gap} not allocated.</source>
            <translation>已分配 {total} / {quota}：{gap} 未分配。</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: {gap} allocated beyond the territory's quota.</source>
            <translation>已分配 {total} / {quota}：超出区域定额 {gap}。</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>“{text}”不是金额。</translation>
        </message>
        <message>
            <source>Not split</source>
            <translation>未拆分</translation>
        </message>
        <message>
            <source>“{text}” is not a list of weights.</source>
            <translation>“{text}”不是权重列表。</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>编辑{name}</translation>
        </message>
        <message>
            <source>Add a rep</source>
            <translation>添加销售代表</translation>
        </message>
        <message>
            <source>— no team —</source>
            <translation>— 无团队 —</translation>
        </message>
        <message>
            <source>known</source>
            <comment>hire date</comment>
            <translation>已知</translation>
        </message>
        <message>
            <source>has left</source>
            <translation>已离职</translation>
        </message>
        <message>
            <source>The language this rep's review PDF is printed in: its labels, dates and numbers. Comments stay as written. Company default: the language of whoever prints it.</source>
            <translation>该销售代表考评 PDF 的打印语言：标签、日期和数字。评语保持原文。公司默认：打印者的语言。</translation>
        </message>
        <message>
            <source>Full name *</source>
            <translation>全名 *</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>常用名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Work mode</source>
            <translation>工作方式</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>用工类型</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <source>Review language</source>
            <translation>考评语言</translation>
        </message>
        <message>
            <source>Hiring</source>
            <translation>招聘</translation>
        </message>
        <message>
            <source>e.g. referred by a rep, job board, agency</source>
            <translation>例如：销售代表推荐、招聘网站、机构</translation>
        </message>
        <message>
            <source>How: reference call, payslips, W-2…</source>
            <translation>核实方式：背景调查电话、工资单、W-2…</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— 未设置 —</translation>
        </message>
        <message>
            <source>Builder — opens new accounts</source>
            <translation>开拓型 — 开发新客户</translation>
        </message>
        <message>
            <source>Compensation (visible to HR and admins only)</source>
            <translation>薪酬（仅 HR 和管理员可见）</translation>
        </message>
        <message>
            <source>e.g. 5%</source>
            <translation>例如5%</translation>
        </message>
        <message>
            <source>Commission rate</source>
            <translation>提成比例</translation>
        </message>
        <message>
            <source>Onboarding checklist</source>
            <translation>入职引导清单</translation>
        </message>
        <message>
            <source>{item} — with the {whom}, due {date}</source>
            <translation>{item} — 与{whom}，截止 {date}</translation>
        </message>
        <message>
            <source>rep</source>
            <comment>onboarding: with the rep</comment>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>{item}  (overdue)</source>
            <translation>{item}（已逾期）</translation>
        </message>
        <message>
            <source>Please correct the marked fields.</source>
            <translation>请更正标记的字段。</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>未保存：{problem}</translation>
        </message>
        <message>
            <source>Reloaded: the fields show the rep as saved now. Make your change again if it is still needed.</source>
            <translation>已重新加载：字段显示销售代表当前已保存的内容。如仍需要，请重新修改。</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this rep. Your edits are still here; saving again checks them against the current version.</source>
            <translation>未保存：其他人修改了此销售代表。您的修改仍在此处；再次保存时将与当前版本核对。</translation>
        </message>
        <message>
            <source>Could not reload; your edits are kept. {problem}</source>
            <translation>无法重新加载；您的修改已保留。{problem}</translation>
        </message>
        <message>
            <source>Stopping the save…</source>
            <translation>正在停止保存…</translation>
        </message>
        <message>
            <source>{days} d</source>
            <comment>tenure in days</comment>
            <translation>{days}天</translation>
        </message>
        <message>
            <source>{years} y {months} m</source>
            <comment>tenure</comment>
            <translation>{years}年{months}个月</translation>
        </message>
        <message>
            <source>{months} m</source>
            <comment>tenure in months</comment>
            <translation>{months}个月</translation>
        </message>
        <message>
            <source>Agency: {agency}</source>
            <translation>机构：{agency}</translation>
        </message>
        <message>
            <source>Won / quota for {quarter}: {percent}</source>
            <translation>{quarter}赢单/定额：{percent}</translation>
        </message>
        <message>
            <source>{n} overdue</source>
            <comment>onboarding items</comment>
            <translation>{n}项逾期</translation>
        </message>
        <message>
            <source>The rep's status; '{note}': below quota the team's number of completed quarters in a row and not at quota yet this quarter (the probation rule)</source>
            <translation>销售代表状态；“{note}”：连续已完成季度低于定额的数量达到团队规定，且本季度尚未达到定额（试用期规则）</translation>
        </message>
        <message>
            <source>Time since the hire date (d: days, m: months, y: years)</source>
            <translation>自入职日期以来的时长（天、月、年）</translation>
        </message>
        <message>
            <source>Won deals (by close date) ÷ the rep's quota for {quarter}; green at 100%, blue from 75%, yellow from 50%, red below</source>
            <translation>赢单（按成交日期）÷ 该销售代表{quarter}的定额；100%为绿色，75%起为蓝色，50%起为黄色，以下为红色</translation>
        </message>
        <message>
            <source>The next one-on-one scheduled with the rep</source>
            <translation>与该销售代表安排的下一次一对一</translation>
        </message>
        <message>
            <source>Onboarding checklist items past their due date</source>
            <translation>已过截止日期的入职引导清单项</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>添加{name}</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>Currency *</source>
            <translation>币种 *</translation>
        </message>
        <message>
            <source>the currency totals are shown in: USD, PHP…</source>
            <translation>合计显示所用币种：CNY、USD…</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>财年起始月</translation>
        </message>
        <message>
            <source>Week starts on</source>
            <translation>每周起始日</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>e.g. Asia/Manila</source>
            <translation>例如 Asia/Shanghai</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>公司设置</translation>
        </message>
        <message>
            <source>Totals in several currencies are converted to the company currency with the exchange rates (Company ▸ Exchange rates).</source>
            <translation>多币种合计按汇率（公司 ▸ 汇率）换算为公司币种。</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>汇率</translation>
        </message>
        <message>
            <source>One unit is worth</source>
            <translation>一个单位等于</translation>
        </message>
        <message>
            <source>{rate} in the company currency</source>
            <translation>公司币种 {rate}</translation>
        </message>
        <message>
            <source>EUR, PHP, IDR…</source>
            <translation>EUR、PHP、IDR…</translation>
        </message>
        <message>
            <source>From *</source>
            <translation>起始 *</translation>
        </message>
        <message>
            <source>Rate *</source>
            <translation>汇率 *</translation>
        </message>
        <message>
            <source>units of the company currency for one unit</source>
            <translation>一个单位折合的公司币种数</translation>
        </message>
        <message>
            <source>{currency} from {day}</source>
            <translation>{currency}，自{day}起</translation>
        </message>
        <message>
            <source>rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <source>What one unit of each currency is worth in the company currency, from a day on.</source>
            <translation>每种货币一个单位折合多少公司币种，自某日起生效。</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>用户和角色</translation>
        </message>
        <message>
            <source>user</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Login *</source>
            <translation>登录名 *</translation>
        </message>
        <message>
            <source>their database login on a server</source>
            <translation>其在服务器上的数据库登录名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>a new server login only; leave empty to set it later</source>
            <translation>仅用于新建服务器登录；留空可稍后设置</translation>
        </message>
        <message>
            <source>— all teams —</source>
            <translation>— 所有团队 —</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Who may sign in, and as what: admins set up everything, sales managers run one team, HR sees pay, trainers see quality and training. On a PostgreSQL server this creates the person's own login, as `repdesk db grant` does.</source>
            <translation>谁可以登录、以什么身份：管理员设置一切，销售经理管理一个团队，HR 可查看薪酬，培训师可查看质量和培训。在 PostgreSQL 服务器上，这会为此人创建独立登录名，与 `repdesk db grant` 相同。</translation>
        </message>
        <message>
            <source>Members — {team}</source>
            <translation>成员 — {team}</translation>
        </message>
        <message>
            <source>Add to team</source>
            <translation>加入团队</translation>
        </message>
        <message>
            <source>Take out of team</source>
            <translation>移出团队</translation>
        </message>
        <message>
            <source>&lt;b&gt;{team}&lt;/b&gt; — its current reps</source>
            <translation>&lt;b&gt;{team}&lt;/b&gt; — 当前销售代表</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>— every team (or by country) —</source>
            <translation>— 所有团队（或按国家）—</translation>
        </message>
        <message>
            <source>teams in {country}</source>
            <translation>{country}的团队</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>公共假日</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>假日</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>假日</translation>
        </message>
        <message>
            <source>Day *</source>
            <translation>日期 *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>名称 *</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>two letters, e.g. PH: for the teams there</source>
            <translation>两个字母，例如 CN：适用于该国的团队</translation>
        </message>
        <message>
            <source>Only for</source>
            <translation>仅适用于</translation>
        </message>
        <message>
            <source>holidays</source>
            <translation>假日</translation>
        </message>
        <message>
            <source>Days nobody is expected to work: goals, run rates and the no-numbers alert skip them. For everyone, for the teams of one country, or for one team.</source>
            <translation>预计无人工作的日子：目标、速率和未录数据预警都会跳过这些日子。可适用于所有人、某国的团队或某一团队。</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>标题 *</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Stage *</source>
            <translation>阶段 *</translation>
        </message>
        <message>
            <source>e.g. 25000</source>
            <translation>例如25000</translation>
        </message>
        <message>
            <source>USD, PHP, IDR, EUR…</source>
            <translation>CNY、USD、EUR…</translation>
        </message>
        <message>
            <source>— pick a rep —</source>
            <translation>— 选择销售代表 —</translation>
        </message>
        <message>
            <source>deal</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Search deal titles and accounts…</source>
            <translation>搜索交易标题和客户…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>拆分…</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>移交…</translation>
        </message>
        <message>
            <source>Give this rep's open deals (or the selected one) to another rep</source>
            <translation>将此销售代表的未结交易（或所选交易）移交给其他销售代表</translation>
        </message>
        <message>
            <source>Deals of</source>
            <translation>交易归属</translation>
        </message>
        <message>
            <source>Every rep (newest first)</source>
            <translation>所有销售代表（最新在前）</translation>
        </message>
        <message>
            <source>newest &lt;b&gt;{count}&lt;/b&gt; shown</source>
            <translation>显示最新 &lt;b&gt;{count}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>新建交易</translation>
        </message>
        <message>
            <source>Edit deal — {title}</source>
            <translation>编辑交易 — {title}</translation>
        </message>
        <message>
            <source>Delete deal</source>
            <translation>删除交易</translation>
        </message>
        <message>
            <source>Delete the deal “{title}” with its notes and stage history?

Undo (Ctrl+Z) or an admin's restore in its history brings it back.</source>
            <translation>删除交易“{title}”及其备注和阶段历史？

撤销 (Ctrl+Z) 或管理员在其历史中恢复可找回。</translation>
        </message>
        <message>
            <source>Split deal</source>
            <translation>拆分交易</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}”不是数字。</translation>
        </message>
        <message>
            <source>{handed_over} {skipped}</source>
            <translation>{handed_over}{skipped}</translation>
        </message>
        <message>
            <source>Hand over deals</source>
            <translation>移交交易</translation>
        </message>
        <message>
            <source>Split — {title}</source>
            <translation>拆分 — {title}</translation>
        </message>
        <message>
            <source>less than {amount}</source>
            <translation>小于 {amount}</translation>
        </message>
        <message>
            <source>{title} (split)</source>
            <translation>{title}（拆分）</translation>
        </message>
        <message>
            <source>Split part of this deal off into a new deal in the same stage.</source>
            <translation>将此交易的一部分拆分为同一阶段的新交易。</translation>
        </message>
        <message>
            <source>Amount to split off</source>
            <translation>拆分金额</translation>
        </message>
        <message>
            <source>New deal's title</source>
            <translation>新交易标题</translation>
        </message>
        <message>
            <source>New deal's rep</source>
            <translation>新交易的销售代表</translation>
        </message>
        <message>
            <source>rep {number}</source>
            <translation>销售代表{number}</translation>
        </message>
        <message>
            <source>Hand over {name}'s deals</source>
            <translation>移交{name}的交易</translation>
        </message>
        <message>
            <source>only “{title}”</source>
            <translation>仅“{title}”</translation>
        </message>
        <message>
            <source>Every open deal of {name} goes to the rep you pick, in one change; a deal someone changes meanwhile is left as it is and reported.</source>
            <translation>{name}的所有未结交易将一次性移交给您选择的销售代表；期间被他人修改的交易保持不变并会列出。</translation>
        </message>
        <message>
            <source>Give them to</source>
            <translation>移交给</translation>
        </message>
        <message>
            <source>Not saved: {reason} Your edits are kept.</source>
            <translation>未保存：{reason}您的修改已保留。</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <translation>“{text}”不是整数。</translation>
        </message>
        <message>
            <source>Set up the company</source>
            <translation>设置公司</translation>
        </message>
        <message>
            <source>{number}. {step}</source>
            <translation>{number}. {step}</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Each step can be skipped and done later from the Company menu.</source>
            <translation>每一步都可跳过，稍后在“公司”菜单中完成。</translation>
        </message>
        <message>
            <source>Import deals from a file…</source>
            <translation>从文件导入交易…</translation>
        </message>
        <message>
            <source>Import reps from a file…</source>
            <translation>从文件导入销售代表…</translation>
        </message>
        <message>
            <source>Add a rep…</source>
            <translation>添加销售代表…</translation>
        </message>
        <message>
            <source>Open the roster</source>
            <translation>打开销售代表名册</translation>
        </message>
        <message>
            <source>Open the deal board</source>
            <translation>打开交易看板</translation>
        </message>
        <message>
            <source>Quotas, key numbers and goals, scorecards and reviews are set up on their own pages.</source>
            <translation>定额、关键指标和目标、评分表和考评在各自的页面中设置。</translation>
        </message>
        <message>
            <source>archived {day}</source>
            <translation>{day}已归档</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>— the company default —</source>
            <translation>— 公司默认 —</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>外包机构</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>通知期</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Contract from</source>
            <translation>合同开始</translation>
        </message>
        <message>
            <source>Contract until</source>
            <translation>合同截止</translation>
        </message>
        <message>
            <source>Fee amount</source>
            <translation>费用金额</translation>
        </message>
        <message>
            <source>e.g. 1200, or 12.5 for a percent</source>
            <translation>例如1200，百分比则填12.5</translation>
        </message>
        <message>
            <source>Fee currency</source>
            <translation>费用币种</translation>
        </message>
        <message>
            <source>PHP, IDR, EUR…</source>
            <translation>CNY、PHP、EUR…</translation>
        </message>
        <message>
            <source>Notice (days)</source>
            <translation>通知期（天）</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>agencies</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Outsourcing agencies that supply reps: their contact, contract and fee.</source>
            <translation>提供销售代表的外包机构：联系人、合同和费用。</translation>
        </message>
        <message>
            <source>{percent} of sales</source>
            <translation>销售额的 {percent}</translation>
        </message>
        <message>
            <source>{amount} {fee_model}</source>
            <translation>{amount} {fee_model}</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>细分</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>client</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>潜在</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>营业额</translation>
        </message>
        <message>
            <source>SMB, Mid-market, Enterprise…</source>
            <translation>小微企业、中型企业、大型企业…</translation>
        </message>
        <message>
            <source>a client already (not a potential one)</source>
            <translation>已是客户（非潜在客户）</translation>
        </message>
        <message>
            <source>Annual turnover</source>
            <translation>年营业额</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Client companies and potential clients, with the rep who owns each.</source>
            <translation>客户公司和潜在客户，以及各自的负责销售代表。</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>销售模式</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Probation rule (quarters)</source>
            <translation>试用期规则（季度）</translation>
        </message>
        <message>
            <source>two letters, e.g. PH: its public holidays</source>
            <translation>两个字母，例如 CN：其公共假日</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Members…</source>
            <translation>成员…</translation>
        </message>
        <message>
            <source>teams</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Teams, their manager and probation rule (quarters below quota in a row before a rep is flagged; 0 turns it off).</source>
            <translation>团队、其经理和试用期规则（连续低于定额多少个季度后标记销售代表；0表示关闭）。</translation>
        </message>
        <message>
            <source>territory</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Market potential</source>
            <translation>市场潜力</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>上级</translation>
        </message>
        <message>
            <source>— top of the tree —</source>
            <translation>— 顶层 —</translation>
        </message>
        <message>
            <source>territories</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>The territory tree: regions, areas and named-account lists, any depth.</source>
            <translation>区域树：大区、片区和指定客户列表，层级不限。</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>公司(&amp;C)</translation>
        </message>
        <message>
            <source>Set the company up &amp;step by step…</source>
            <translation>分步设置公司(&amp;S)…</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Team's own</source>
            <translation>团队专用</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>the company's default pipeline</source>
            <translation>公司的默认管道</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>The win probability of “{stage}” is not a number.</source>
            <translation>“{stage}”的赢单概率不是数字。</translation>
        </message>
        <message>
            <source>“{stage}” is stuck after a whole number of days, or blank.</source>
            <translation>“{stage}”的停滞天数须为整数，或留空。</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>— every team —</source>
            <translation>— 所有团队 —</translation>
        </message>
        <message>
            <source>pipelines</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>The stages a deal goes through, in order. A pipeline needs one Won and one Lost stage; a team may have its own.</source>
            <translation>交易依次经过的阶段。管道需要一个“赢单”和一个“输单”阶段；团队可以有自己的管道。</translation>
        </message>
        <message>
            <source>This {thing} no longer exists: someone deleted it.</source>
            <translation>此{thing}已不存在：已被他人删除。</translation>
        </message>
        <message>
            <source>Company — {editor}</source>
            <translation>公司 — {editor}</translation>
        </message>
        <message>
            <source>New {thing}…</source>
            <translation>新建{thing}…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>历史…</translation>
        </message>
        <message>
            <source>Every change of the selected record (Ctrl+H)</source>
            <translation>所选记录的所有更改 (Ctrl+H)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; {things}</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; 个{things}</translation>
        </message>
        <message>
            <source>New {thing}</source>
            <translation>新建{thing}</translation>
        </message>
        <message>
            <source>Edit {thing} — {name}</source>
            <translation>编辑{thing} — {name}</translation>
        </message>
        <message>
            <source>{action} {thing}</source>
            <translation>{action}{thing}</translation>
        </message>
        <message>
            <source>{action} {thing} “{name}”?

The change is recorded in the history; Undo (Ctrl+Z) brings it back.</source>
            <translation>{action}{thing}“{name}”？

此更改将记入历史；撤销 (Ctrl+Z) 可恢复。</translation>
        </message>
        <message>
            <source>Add {thing} “{name}”</source>
            <translation>添加{thing}“{name}”</translation>
        </message>
        <message>
            <source>Edit {thing} “{name}”</source>
            <translation>编辑{thing}“{name}”</translation>
        </message>
        <message>
            <source>{action} {thing} “{name}”</source>
            <translation>{action}{thing}“{name}”</translation>
        </message>
        <message>
            <source>{amount} M</source>
            <comment>millions</comment>
            <translation>{amount}M</translation>
        </message>
        <message>
            <source>{amount} k</source>
            <comment>thousands</comment>
            <translation>{amount}K</translation>
        </message>
        <message>
            <source>Reassign rep…</source>
            <translation>重新分配销售代表…</translation>
        </message>
        <message>
            <source>Drag a rep onto a territory to reassign them.</source>
            <translation>将销售代表拖到某个区域以重新分配。</translation>
        </message>
        <message>
            <source>Effective</source>
            <comment>date a reassignment takes effect</comment>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Select a territory or a rep to see who covered what.</source>
            <translation>选择区域或销售代表，查看谁负责了哪里。</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>任何时间</translation>
        </message>
        <message>
            <source>Covered in {quarter}</source>
            <translation>{quarter}负责</translation>
        </message>
        <message>
            <source>From</source>
            <comment>date range</comment>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <comment>date range</comment>
            <translation>至</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>潜力</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>Potential per rep</source>
            <translation>人均潜力</translation>
        </message>
        <message>
            <source>Quotas</source>
            <translation>定额</translation>
        </message>
        <message>
            <source>Coverage and workload</source>
            <translation>覆盖与工作量</translation>
        </message>
        <message>
            <source>Could not reload: {problem}</source>
            <translation>无法重新加载：{problem}</translation>
        </message>
        <message>
            <source>{amount} unallocated</source>
            <translation>未分配 {amount}</translation>
        </message>
        <message>
            <source>{amount} over</source>
            <comment>allocated beyond the quota</comment>
            <translation>超出 {amount}</translation>
        </message>
        <message>
            <source>no rep</source>
            <translation>无销售代表</translation>
        </message>
        <message>
            <source>Market potential per primary rep, millions (red: no rep)</source>
            <translation>每名主负责销售代表的市场潜力，百万（红色：无销售代表）</translation>
        </message>
        <message>
            <source>the territory</source>
            <translation>该区域</translation>
        </message>
        <message>
            <source>Quota of {place}, {period}</source>
            <translation>{place}的定额，{period}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: who covered it</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;：负责人员</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: territories covered</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;：负责区域</translation>
        </message>
        <message>
            <source>rep {id}</source>
            <translation>销售代表{id}</translation>
        </message>
        <message>
            <source>{title} in {quarter}</source>
            <translation>{quarter}的{title}</translation>
        </message>
        <message>
            <source>now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>Move {rep} from {source} to {target}, effective {date}?

The current assignment ends the day before; the history keeps both.</source>
            <translation>将{rep}从{source}调到{target}，{date}生效？

当前分配在前一天结束；历史中保留两者。</translation>
        </message>
        <message>
            <source>this rep</source>
            <translation>此销售代表</translation>
        </message>
        <message>
            <source>Reassign rep</source>
            <translation>重新分配销售代表</translation>
        </message>
        <message>
            <source>Not reassigned</source>
            <translation>未重新分配</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>重新分配</translation>
        </message>
        <message>
            <source>Move {rep} to:</source>
            <translation>将{rep}调到：</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>重置视图</translation>
        </message>
        <message>
            <source>Show the whole period again after dragging the chart</source>
            <translation>拖动图表后重新显示整个期间</translation>
        </message>
        <message>
            <source>Hover over the chart for exact values.</source>
            <translation>将鼠标悬停在图表上可查看精确值。</translation>
        </message>
        <message>
            <source>{series}: {value}</source>
            <translation>{series}：{value}</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>goal: {value}</source>
            <translation>目标：{value}</translation>
        </message>
        <message>
            <source>{name}: {share} of goal</source>
            <translation>{name}：达成目标的 {share}</translation>
        </message>
        <message>
            <source>% of goal</source>
            <translation>目标 %</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>已被他人修改</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Your change</source>
            <translation>您的修改</translation>
        </message>
        <message>
            <source>Saved now</source>
            <translation>当前已保存</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>修改人</translation>
        </message>
        <message>
            <source>Highlighted: a field you and the other person both changed.</source>
            <translation>高亮：您和对方都修改过的字段。</translation>
        </message>
        <message>
            <source>Drop your change and show the saved values</source>
            <translation>放弃您的修改并显示已保存的值</translation>
        </message>
        <message>
            <source>Re-apply my change</source>
            <translation>重新应用我的修改</translation>
        </message>
        <message>
            <source>Save your values on top of the saved record</source>
            <translation>在已保存的记录基础上保存您的值</translation>
        </message>
        <message>
            <source>Keep editing; nothing is saved</source>
            <translation>继续编辑；不保存任何内容</translation>
        </message>
        <message>
            <source>'{text}' is not a count</source>
            <translation>“{text}”不是计数</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>“{text}”不是整数</translation>
        </message>
        <message>
            <source>{value} is outside 0–{most}</source>
            <translation>{value} 超出0–{most}范围</translation>
        </message>
        <message>
            <source>goal {goal}</source>
            <translation>目标 {goal}</translation>
        </message>
        <message>
            <source>was empty</source>
            <translation>原为空</translation>
        </message>
        <message>
            <source>was {value}</source>
            <translation>原为 {value}</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Paste refused, row {row} column {column}: {problem}</source>
            <translation>粘贴被拒绝，第{row}行第{column}列：{problem}</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>By</source>
            <comment>changed by</comment>
            <translation>修改人</translation>
        </message>
        <message>
            <source>to</source>
            <comment>date range</comment>
            <translation>至</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>之前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>之后</translation>
        </message>
        <message>
            <source>Restore these values</source>
            <translation>恢复这些值</translation>
        </message>
        <message>
            <source>Put the 'Before' values of the selected change back (recorded as a new change)</source>
            <translation>恢复所选更改的“修改前”值（记为一次新更改）</translation>
        </message>
        <message>
            <source>No changes recorded for this record yet.</source>
            <translation>此记录尚无更改记录。</translation>
        </message>
        <message>
            <source>{action} — audit entry {id}</source>
            <translation>{action} — 审计条目{id}</translation>
        </message>
        <message>
            <source>Restore the deleted record</source>
            <translation>恢复已删除的记录</translation>
        </message>
        <message>
            <source>{days} days in this stage — stuck</source>
            <translation>在此阶段{days}天 — 停滞</translation>
        </message>
        <message>
            <source>{days} days in this stage</source>
            <translation>在此阶段{days}天</translation>
        </message>
        <message>
            <source>Expected to close {date}, {days} days ago</source>
            <translation>预计 {date} 成交，已过{days}天</translation>
        </message>
        <message>
            <source>{n} stuck</source>
            <translation>{n}笔停滞</translation>
        </message>
        <message>
            <source>{n} without a rate</source>
            <translation>{n}笔无概率</translation>
        </message>
        <message>
            <source>weighted {amount}</source>
            <translation>加权 {amount}</translation>
        </message>
        <message>
            <source>; stuck after {days} days</source>
            <translation>；{days}天后视为停滞</translation>
        </message>
        <message>
            <source>. Left out of the total: {what}</source>
            <translation>。未计入合计：{what}</translation>
        </message>
        <message>
            <source>{deals}, total {currency} {total}{basis}, weighted by {probability} = {weighted}</source>
            <translation>{deals}，合计 {currency} {total}{basis}，按 {probability} 加权 = {weighted}</translation>
        </message>
        <message>
            <source>Open details</source>
            <translation>打开详情</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>重新打开…</translation>
        </message>
        <message>
            <source>{days} d late</source>
            <translation>逾期{days}天</translation>
        </message>
        <message>
            <source>stuck {days} d</source>
            <translation>停滞{days}天</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days}天</translation>
        </message>
        <message>
            <source>Score %</source>
            <translation>得分 %</translation>
        </message>
        <message>
            <source>'{part}' needs points: write Label=points</source>
            <translation>“{part}”需要分值：请写成 标签=分值</translation>
        </message>
        <message>
            <source>'{points}' is not a number of points</source>
            <translation>“{points}”不是分值</translation>
        </message>
        <message>
            <source>{what}: '{text}' is not a number</source>
            <translation>{what}：“{text}”不是数字</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>添加部分</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>添加问题</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>新部分</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>新问题</translation>
        </message>
        <message>
            <source>{section}, question {number}</source>
            <translation>{section}，问题{number}</translation>
        </message>
        <message>
            <source>{where}: the scale top '{text}' is not a whole number</source>
            <translation>{where}：量表最高值“{text}”不是整数</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}：{problem}</translation>
        </message>
        <message>
            <source>{where} weight</source>
            <translation>{where}权重</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>关键</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>评语（可选）</translation>
        </message>
        <message>
            <source>Y  Yes</source>
            <translation>Y  是</translation>
        </message>
        <message>
            <source>N  No</source>
            <translation>N  否</translation>
        </message>
        <message>
            <source>A  N/A</source>
            <translation>A  不适用</translation>
        </message>
        <message>
            <source>Keys: &lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; yes–no · a &lt;b&gt;digit&lt;/b&gt; for points or the option number · &lt;b&gt;A&lt;/b&gt; N/A · &lt;b&gt;Backspace&lt;/b&gt; clears · answering moves to the next question</source>
            <translation>按键：&lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; 是/否 · &lt;b&gt;数字&lt;/b&gt;为分值或选项编号 · &lt;b&gt;A&lt;/b&gt; 不适用 · &lt;b&gt;Backspace&lt;/b&gt; 清除 · 作答后自动跳到下一题</translation>
        </message>
        <message>
            <source>weight {weight}</source>
            <translation>权重 {weight}</translation>
        </message>
        <message>
            <source>Choose a scorecard.</source>
            <translation>请选择评分表。</translation>
        </message>
        <message>
            <source>critical question failed</source>
            <translation>关键问题未通过</translation>
        </message>
        <message>
            <source>{n} unanswered</source>
            <translation>{n}题未作答</translation>
        </message>
        <message>
            <source>Territory / rep</source>
            <translation>区域 / 销售代表</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>{name}  (overlay)</source>
            <translation>{name}（叠加）</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>自{date}起</translation>
        </message>
        <message>
            <source>Drag onto another territory to reassign</source>
            <translation>拖到另一区域以重新分配</translation>
        </message>
        <message>
            <source>Costs…</source>
            <translation>成本…</translation>
        </message>
        <message>
            <source>Tools, travel and other costs of the sales system, entered per month</source>
            <translation>销售体系的工具、差旅及其他成本，按月录入</translation>
        </message>
        <message>
            <source>Costs of the sales system — {period}</source>
            <translation>销售体系成本 — {period}</translation>
        </message>
        <message>
            <source>Costs of the sales system</source>
            <translation>销售体系成本</translation>
        </message>
        <message>
            <source>Tools and travel per month, for a team or the whole company. The cost of the sales system adds them to base pay, commission and agency fees.</source>
            <translation>团队或全公司每月的工具和差旅成本。销售体系成本将其与基本工资、提成和机构费用相加。</translation>
        </message>
        <message>
            <source>What it was, such as CRM seats</source>
            <translation>内容，例如 CRM 席位</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>月份(&amp;M)</translation>
        </message>
        <message>
            <source>T&amp;eam</source>
            <translation>团队(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>金额(&amp;A)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>A&amp;dd cost</source>
            <translation>添加成本(&amp;D)</translation>
        </message>
        <message>
            <source>De&amp;lete selected</source>
            <translation>删除所选(&amp;L)</translation>
        </message>
        <message>
            <source>The whole company</source>
            <translation>全公司</translation>
        </message>
        <message>
            <source>No costs entered for this period.</source>
            <translation>此期间未录入成本。</translation>
        </message>
        <message>
            <source>{n} costs in several currencies</source>
            <translation>{n}项成本，涉及多种币种</translation>
        </message>
        <message>
            <source>{n} costs, {amount} in all</source>
            <translation>{n}项成本，合计 {amount}</translation>
        </message>
        <message>
            <source>Enter the amount.</source>
            <translation>请输入金额。</translation>
        </message>
        <message>
            <source>Select the cost to delete.</source>
            <translation>请选择要删除的成本。</translation>
        </message>
        <message>
            <source>Delete cost</source>
            <translation>删除成本</translation>
        </message>
        <message>
            <source>Delete the {kind} cost of {month}, {amount}?</source>
            <translation>删除{month}的{kind}成本 {amount}？</translation>
        </message>
        <message>
            <source>Agencies and in-house teams are compared across the whole company you see.</source>
            <translation>外包机构与自有团队的对比范围为您可查看的全公司。</translation>
        </message>
        <message>
            <source>Agencies and in-house teams (amounts in {currency})</source>
            <translation>外包机构与自有团队（金额单位：{currency}）</translation>
        </message>
        <message>
            <source>Attainment: won revenue against quota</source>
            <translation>完成率：赢单收入与定额对比</translation>
        </message>
        <message>
            <source>Each group's won revenue as a share of its reps' quotas; red below 100%</source>
            <translation>各分组赢单收入占其销售代表定额的比例；低于100%为红色</translation>
        </message>
        <message>
            <source>Attainment: won revenue against quota (the first {shown} of {count} groups)</source>
            <translation>完成率：赢单收入与定额对比（显示前{shown}个分组，共{count}个）</translation>
        </message>
        <message>
            <source>Hover over a bar for its exact figures.</source>
            <translation>将鼠标悬停在柱上可查看精确数值。</translation>
        </message>
        <message>
            <source>Clients are accounts, not product lines: for a product line the customer base shows every client you see.</source>
            <translation>客户指的是客户公司而非产品线：对于产品线，客户群显示您可查看的所有客户。</translation>
        </message>
        <message>
            <source>Revenue from {start} to {end}. Clients: A {a} · B {b} · C {c}. {active} active, {falling} falling, {dormant} dormant, {potential} potential.</source>
            <translation>{start} 至 {end} 的收入。客户：A {a} · B {b} · C {c}。活跃 {active}，下滑 {falling}，休眠 {dormant}，潜在 {potential}。</translation>
        </message>
        <message>
            <source>Customers (amounts in {currency})</source>
            <translation>客户（金额单位：{currency}）</translation>
        </message>
        <message>
            <source>Which clients the table lists, or the coverage of each territory's market potential</source>
            <translation>表格列出哪些客户，或各区域市场潜力的覆盖情况</translation>
        </message>
        <message>
            <source>Clients by ABC class</source>
            <translation>按 ABC 分类的客户</translation>
        </message>
        <message>
            <source>How many clients are A, B or C (and of those, how many X, Y, Z)</source>
            <translation>A、B、C 类客户各有多少（以及其中 X、Y、Z 各多少）</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>{xyz} clients</source>
            <translation>{xyz} 类客户</translation>
        </message>
        <message>
            <source>Coverage by territory (amounts in {currency})</source>
            <translation>按区域的覆盖率（金额单位：{currency}）</translation>
        </message>
        <message>
            <source>{which} clients (amounts in {currency})</source>
            <translation>{which}客户（金额单位：{currency}）</translation>
        </message>
        <message>
            <source>Sales, {start} – {end} (amounts in {currency})</source>
            <translation>销售额，{start} – {end}（金额单位：{currency}）</translation>
        </message>
        <message>
            <source>Won revenue by month</source>
            <translation>按月赢单收入</translation>
        </message>
        <message>
            <source>Won revenue of the slice in each month of the period's year (blue) against the same month a year before</source>
            <translation>该维度在本期所在年份每月的赢单收入（蓝色），与去年同月对比</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Reconnecting to the database… your edits are kept.</source>
            <translation>正在重新连接数据库… 您的修改已保留。</translation>
        </message>
        <message>
            <source>Not saved: you stopped the save while the database could not be reached. Your edits are kept; press Save to try again.</source>
            <translation>未保存：数据库无法连接时您停止了保存。您的修改已保留；按“保存”重试。</translation>
        </message>
        <message>
            <source>Leads received in the period</source>
            <translation>本期收到的线索</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share called at least once</source>
            <translation>本期新线索中至少拨打过一次电话的比例</translation>
        </message>
        <message>
            <source>Median hours from a lead's arrival to the first call</source>
            <translation>从线索到达到首次电话的小时数中位数</translation>
        </message>
        <message>
            <source>9 in 10 leads were called within this many hours</source>
            <translation>90%的线索在此小时数内接到电话</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share lost as a wrong or fake contact</source>
            <translation>本期新线索中因联系方式错误或虚假而输单的比例</translation>
        </message>
        <message>
            <source>Proposals sent in the period</source>
            <translation>本期发出的方案</translation>
        </message>
        <message>
            <source>The amount of the proposals sent in the period</source>
            <translation>本期发出方案的金额</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share that reached a proposal by now</source>
            <translation>本期新线索中至今已到达方案阶段的比例</translation>
        </message>
        <message>
            <source>Deals that entered objection handling in the period</source>
            <translation>本期进入异议处理的交易</translation>
        </message>
        <message>
            <source>Deals lost while in objection handling</source>
            <translation>在异议处理阶段输单的交易</translation>
        </message>
        <message>
            <source>Average days deals spent in objection handling</source>
            <translation>交易在异议处理阶段的平均天数</translation>
        </message>
        <message>
            <source>Deals won in the period (by close date)</source>
            <translation>本期赢单的交易（按成交日期）</translation>
        </message>
        <message>
            <source>The amount of the deals won in the period</source>
            <translation>本期赢单交易的金额</translation>
        </message>
        <message>
            <source>Of the proposals sent in the period, the share won by now</source>
            <translation>本期发出的方案中至今已赢单的比例</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share won by now</source>
            <translation>本期新线索中至今已赢单的比例</translation>
        </message>
        <message>
            <source>Deals lost in the period (by close date)</source>
            <translation>本期输单的交易（按成交日期）</translation>
        </message>
        <message>
            <source>Won ÷ (won + lost) of the deals closed in the period</source>
            <translation>本期关闭交易的赢单 ÷（赢单 + 输单）</translation>
        </message>
        <message>
            <source>Won amount ÷ deals won (deals without an exchange rate left out)</source>
            <translation>赢单金额 ÷ 赢单笔数（不含无汇率的交易）</translation>
        </message>
        <message>
            <source>Median days from a lead's arrival to its win, over the period's wins</source>
            <translation>本期赢单中从线索到达到赢单的天数中位数</translation>
        </message>
        <message>
            <source>Deals lost in the period that were reopened since</source>
            <translation>本期输单后又重新打开的交易</translation>
        </message>
        <message>
            <source>Of those reopened, how many were won</source>
            <translation>重新打开的交易中赢单的数量</translation>
        </message>
        <message>
            <source>Of the deals lost in the period, the share reopened and won since</source>
            <translation>本期输单交易中重新打开并赢单的比例</translation>
        </message>
        <message>
            <source>Any close date</source>
            <translation>任意成交日期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Next 30 days</source>
            <translation>未来30天</translation>
        </message>
        <message>
            <source>Next 90 days</source>
            <translation>未来90天</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>上季度</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <source>Funnel board</source>
            <translation>漏斗看板</translation>
        </message>
        <message>
            <source>Move the selected card to the next / previous stage</source>
            <translation>将所选卡片移到下一个/上一个阶段</translation>
        </message>
        <message>
            <source>Dialogs</source>
            <translation>对话框</translation>
        </message>
        <message>
            <source>Save / close without saving</source>
            <translation>保存 / 关闭不保存</translation>
        </message>
        <message>
            <source>Whole company</source>
            <translation>全公司</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售</translation>
        </message>
        <message>
            <source>Works on</source>
            <translation>工作方式</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>区间</translation>
        </message>
        <message>
            <source>Median days in funnel</source>
            <translation>漏斗中位天数</translation>
        </message>
        <message>
            <source>Touches per deal</source>
            <translation>每笔交易的跟进次数</translation>
        </message>
        <message>
            <source>Many small deals: the rep's median deal is under two thirds of the team's and they have more deals than the team's median rep; a few large deals: over 1.5 times, with fewer deals</source>
            <translation>小单多：该销售代表的交易中位金额低于团队的三分之二，且交易数多于团队中位销售代表；大单少：高于1.5倍，且交易数更少</translation>
        </message>
        <message>
            <source>Deal size band: the thirds of the amounts (see the edges below)</source>
            <translation>交易规模区间：金额的三等分（见下方边界）</translation>
        </message>
        <message>
            <source>Deals closed in the period or still open, in this band</source>
            <translation>此区间中本期关闭或仍未结的交易</translation>
        </message>
        <message>
            <source>Won amounts in the company currency</source>
            <translation>以公司币种计的赢单金额</translation>
        </message>
        <message>
            <source>Median days from the lead to the close (or to today for open deals)</source>
            <translation>从线索到成交（未结交易则到今天）的天数中位数</translation>
        </message>
        <message>
            <source>Stage changes and notes per deal</source>
            <translation>每笔交易的阶段变更和备注数</translation>
        </message>
        <message>
            <source>small</source>
            <translation>小</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>large</source>
            <translation>大</translation>
        </message>
        <message>
            <source>many small deals</source>
            <translation>小单多</translation>
        </message>
        <message>
            <source>a few large deals</source>
            <translation>大单少</translation>
        </message>
        <message>
            <source>like the team</source>
            <translation>与团队相近</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>所有客户</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>休眠</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>潜力</translation>
        </message>
        <message>
            <source>Falling</source>
            <translation>下滑</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>活跃</translation>
        </message>
        <message>
            <source>Coverage by territory</source>
            <translation>按区域的覆盖率</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>潜在</translation>
        </message>
        <message>
            <source>dormant</source>
            <translation>休眠</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>下滑</translation>
        </message>
        <message>
            <source>active</source>
            <translation>活跃</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>细分</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>之前</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>XYZ</source>
            <translation>XYZ</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Last closed</source>
            <translation>最近关闭</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>未结交易</translation>
        </message>
        <message>
            <source>The rep who owns the account</source>
            <translation>负责该客户的销售代表</translation>
        </message>
        <message>
            <source>Won revenue in the 12 whole months up to the period's end</source>
            <translation>截至期末的12个完整月的赢单收入</translation>
        </message>
        <message>
            <source>Won revenue in the 12 months before those</source>
            <translation>此前12个月的赢单收入</translation>
        </message>
        <message>
            <source>A: the largest clients that make 80% of revenue; B: the next 15%; C: the rest</source>
            <translation>A：合计占收入80%的最大客户；B：其后的15%；C：其余</translation>
        </message>
        <message>
            <source>X: buys nearly every month; Y: at least every other month or with large swings; Z: a few purchases a year</source>
            <translation>X：几乎每月采购；Y：至少隔月采购或波动较大；Z：一年只采购几次</translation>
        </message>
        <message>
            <source>potential: open deals, never won; dormant: nothing won, lost or open for 6 months; falling: revenue down 20% or more on the year before; active: a client otherwise; lead: neither</source>
            <translation>潜在：有未结交易，从未赢单；休眠：6个月内无赢单、输单或未结交易；下滑：收入较上一年下降20%或以上；活跃：其他客户；线索：两者都不是</translation>
        </message>
        <message>
            <source>The last deal won or lost</source>
            <translation>最近一笔赢单或输单</translation>
        </message>
        <message>
            <source>Deals still open</source>
            <translation>仍未结的交易</translation>
        </message>
        <message>
            <source>Market potential</source>
            <translation>市场潜力</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Prospects</source>
            <translation>潜在客户</translation>
        </message>
        <message>
            <source>The territory's market potential as entered in its set-up</source>
            <translation>区域设置中录入的市场潜力</translation>
        </message>
        <message>
            <source>Won revenue of its accounts in the 12 months</source>
            <translation>其客户在12个月内的赢单收入</translation>
        </message>
        <message>
            <source>Revenue as a share of the market potential</source>
            <translation>收入占市场潜力的比例</translation>
        </message>
        <message>
            <source>Accounts that have bought (active, falling or dormant)</source>
            <translation>已采购的客户（活跃、下滑或休眠）</translation>
        </message>
        <message>
            <source>Accounts with open deals and nothing won yet</source>
            <translation>有未结交易但尚未赢单的客户</translation>
        </message>
        <message>
            <source>Clients gone quiet</source>
            <translation>沉寂客户</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>工具</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>差旅</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>本期</translation>
        </message>
        <message>
            <source>Period before</source>
            <translation>上一期间</translation>
        </message>
        <message>
            <source>A year before</source>
            <translation>上一年</translation>
        </message>
        <message>
            <source>The period chosen above</source>
            <translation>上方选择的期间</translation>
        </message>
        <message>
            <source>The period of the same length just before (the quarter before a quarter)</source>
            <translation>紧邻其前的同长度期间（季度的前一季度）</translation>
        </message>
        <message>
            <source>The same period one year earlier</source>
            <translation>一年前的同一期间</translation>
        </message>
        <message>
            <source>Won deals closed in the period, in the company currency at each deal's close-date rate</source>
            <translation>本期关闭的赢单交易，按各交易成交日汇率换算为公司币种</translation>
        </message>
        <message>
            <source>Sales (won deals)</source>
            <translation>销售笔数（赢单）</translation>
        </message>
        <message>
            <source>How many deals were won in the period</source>
            <translation>本期赢单的交易数</translation>
        </message>
        <message>
            <source>Average check</source>
            <translation>客单价</translation>
        </message>
        <message>
            <source>Revenue per won deal</source>
            <translation>单笔赢单收入</translation>
        </message>
        <message>
            <source>Clients who bought</source>
            <translation>购买客户数</translation>
        </message>
        <message>
            <source>Distinct accounts with a won deal in the period</source>
            <translation>本期有赢单交易的不同客户数</translation>
        </message>
        <message>
            <source>Average turnover per client</source>
            <translation>客户平均营业额</translation>
        </message>
        <message>
            <source>Revenue of deals with an account, per client who bought</source>
            <translation>有客户的交易收入，按采购客户平均</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>Revenue minus the cost of the sales whose cost is known</source>
            <translation>收入减去已知成本的销售成本</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>毛利率</translation>
        </message>
        <message>
            <source>Gross profit as a share of the revenue of those same sales</source>
            <translation>毛利占同批销售收入的比例</translation>
        </message>
        <message>
            <source>Growth on the period before</source>
            <translation>环比增长</translation>
        </message>
        <message>
            <source>Revenue change against the period before</source>
            <translation>收入较上一期间的变化</translation>
        </message>
        <message>
            <source>Growth on a year before</source>
            <translation>同比增长</translation>
        </message>
        <message>
            <source>Revenue change against the same period a year before</source>
            <translation>收入较去年同期的变化</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>定额</translation>
        </message>
        <message>
            <source>The quotas of the slice's reps for the period (pro-rated to the days of the period), in the company currency</source>
            <translation>该维度销售代表本期的定额（按期间天数折算），以公司币种计</translation>
        </message>
        <message>
            <source>Plan fulfilment</source>
            <translation>计划完成率</translation>
        </message>
        <message>
            <source>Revenue as a share of the quota</source>
            <translation>收入占定额的比例</translation>
        </message>
        <message>
            <source>Base pay</source>
            <translation>基本工资</translation>
        </message>
        <message>
            <source>Yearly salaries for the days employed in the period. Pay: shown to HR and admins only</source>
            <translation>在职天数对应的年薪。薪酬：仅向 HR 和管理员显示</translation>
        </message>
        <message>
            <source>Commission and bonuses of the period's commission run. Pay: shown to HR and admins only</source>
            <translation>本期提成核算中的提成和奖金。薪酬：仅向 HR 和管理员显示</translation>
        </message>
        <message>
            <source>Agency fees</source>
            <translation>机构费用</translation>
        </message>
        <message>
            <source>What the outsourcing agencies charge for the slice's agency reps</source>
            <translation>外包机构为该维度的机构销售代表收取的费用</translation>
        </message>
        <message>
            <source>Other costs (tools, travel)</source>
            <translation>其他成本（工具、差旅）</translation>
        </message>
        <message>
            <source>Tools, travel and other costs entered for the period (Costs…), by their days in it</source>
            <translation>本期录入的工具、差旅及其他成本（成本…），按其在本期内的天数计</translation>
        </message>
        <message>
            <source>Cost of the sales system</source>
            <translation>销售体系成本</translation>
        </message>
        <message>
            <source>Base pay, commission, agency fees and other costs (those shown)</source>
            <translation>基本工资、提成、机构费用及其他成本（所显示的部分）</translation>
        </message>
        <message>
            <source>Cost per unit of revenue</source>
            <translation>单位收入成本</translation>
        </message>
        <message>
            <source>Cost of the sales system as a share of revenue: 25% means 25 cents of cost for every 1 of revenue</source>
            <translation>销售体系成本占收入的比例：25%表示每1元收入对应0.25元成本</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>考评</translation>
        </message>
        <message>
            <source>Territory assignment</source>
            <translation>区域分配</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>薪酬</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>CRM id</source>
            <translation>CRM 编号</translation>
        </message>
        <message>
            <source>CRM user id</source>
            <translation>CRM 用户 ID</translation>
        </message>
        <message>
            <source>Active (CRM flag)</source>
            <translation>在职（CRM 标记）</translation>
        </message>
        <message>
            <source>Prior results verified</source>
            <translation>以往业绩已核实</translation>
        </message>
        <message>
            <source>Prior results note</source>
            <translation>以往业绩说明</translation>
        </message>
        <message>
            <source>Profile (builder or producer)</source>
            <translation>类型（开拓型或耕耘型）</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>By</source>
            <translation>录入人</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>已更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>Bad</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>离职</translation>
        </message>
        <message>
            <source>Attrition</source>
            <translation>流失率</translation>
        </message>
        <message>
            <source>Activity per rep-day</source>
            <translation>人日活动量</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>赢单数</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Cost per won deal</source>
            <translation>单笔赢单成本</translation>
        </message>
        <message>
            <source>Cost per revenue</source>
            <translation>收入成本率</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>合同到期</translation>
        </message>
        <message>
            <source>An outsourcing agency (its reps in any team) or an in-house team</source>
            <translation>外包机构（其销售代表可在任意团队）或自有团队</translation>
        </message>
        <message>
            <source>Reps who worked in the period</source>
            <translation>本期在职的销售代表</translation>
        </message>
        <message>
            <source>Reps who left in the period</source>
            <translation>本期离职的销售代表</translation>
        </message>
        <message>
            <source>Reps who left / the reps the group had at the period's start</source>
            <translation>离职销售代表 / 期初该分组的销售代表</translation>
        </message>
        <message>
            <source>Won revenue / the quotas of the reps that have one</source>
            <translation>赢单收入 / 有定额的销售代表的定额</translation>
        </message>
        <message>
            <source>Activity entered per working day the reps were employed</source>
            <translation>销售代表在职期间每个工作日录入的活动量</translation>
        </message>
        <message>
            <source>The mean of the reps' average evaluation scores</source>
            <translation>销售代表平均评估得分的均值</translation>
        </message>
        <message>
            <source>Deals won in the period</source>
            <translation>本期赢单的交易</translation>
        </message>
        <message>
            <source>Won revenue in the company currency</source>
            <translation>以公司币种计的赢单收入</translation>
        </message>
        <message>
            <source>An agency's fee for the period; an in-house team's base pay and commission (pay: HR and admins only)</source>
            <translation>外包机构的本期费用；自有团队的基本工资和提成（薪酬：仅 HR 和管理员）</translation>
        </message>
        <message>
            <source>Cost / won deals</source>
            <translation>成本 / 赢单数</translation>
        </message>
        <message>
            <source>Cost as a share of revenue</source>
            <translation>成本占收入比例</translation>
        </message>
        <message>
            <source>The agency contract's last day</source>
            <translation>外包机构合同的最后一天</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>in-house</source>
            <translation>自有</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Key numbers</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>● Live</source>
            <translation>● 实时</translation>
        </message>
        <message>
            <source>Changes saved on other workstations show here at once.</source>
            <translation>其他工作站保存的更改会立即显示在此处。</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>正在重新连接…</translation>
        </message>
        <message>
            <source>The connection to the database server was lost. Your unsaved edits are kept; Repdesk reconnects by itself.</source>
            <translation>与数据库服务器的连接已断开。您未保存的修改已保留；Repdesk 会自动重新连接。</translation>
        </message>
        <message>
            <source>● Shared file</source>
            <translation>● 共享文件</translation>
        </message>
        <message>
            <source>Changes saved by other programs on this file show within seconds.</source>
            <translation>其他程序对此文件保存的更改会在几秒内显示。</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Repdesk 0.1&lt;/h3&gt;&lt;p&gt;A console for the people who run sales teams whose reps are out of sight: field reps, remote reps and reps from outsourcing agencies.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Repdesk 0.1&lt;/h3&gt;&lt;p&gt;专为管理“看不见”的销售团队的人打造的控制台：外勤销售、远程销售以及来自外包机构的销售代表。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>sales manager</source>
            <translation>销售经理</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>HR</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>最近4周</translation>
        </message>
        <message>
            <source>Last 13 weeks</source>
            <translation>最近13周</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>最近12个月</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>任何时间</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <source>Won so far this quarter (deals by close date)</source>
            <translation>本季度至今赢单（按成交日期）</translation>
        </message>
        <message>
            <source>Open deals expected to close by the quarter's end (or with no date), each × its stage's win probability</source>
            <translation>预计在季度末前成交（或无日期）的未结交易，各自 × 所在阶段的赢单概率</translation>
        </message>
        <message>
            <source>What the rep's pace so far would add in the working days left: won ÷ days gone × days left</source>
            <translation>按该销售代表目前的速率，剩余工作日可增加的金额：赢单 ÷ 已过天数 × 剩余天数</translation>
        </message>
        <message>
            <source>Won + the average of the weighted funnel and the run-rate rest</source>
            <translation>赢单 + 加权漏斗与速率剩余的平均值</translation>
        </message>
        <message>
            <source>The rep's quota for the quarter</source>
            <translation>该销售代表本季度的定额</translation>
        </message>
        <message>
            <source>Expected ÷ quota</source>
            <translation>预计 ÷ 定额</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Eight times in ten the month's wins should land in this range: the model's 10th and 90th percentiles</source>
            <translation>十次中有八次，当月赢单应落在此范围内：模型的第10和第90百分位</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>最近3个月</translation>
        </message>
        <message>
            <source>Last 6 months</source>
            <translation>最近6个月</translation>
        </message>
        <message>
            <source>Last 3 years</source>
            <translation>最近3年</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>月</translation>
        </message>
        <message>
            <source>{metric} per week</source>
            <translation>每周{metric}</translation>
        </message>
        <message>
            <source>{metric} per day</source>
            <translation>每天{metric}</translation>
        </message>
        <message>
            <source>{metric} per month</source>
            <translation>每月{metric}</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>名册</translation>
        </message>
        <message>
            <source>Who is on the team</source>
            <translation>团队成员</translation>
        </message>
        <message>
            <source>Territories</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Who covers what: territory tree, assignments, quotas</source>
            <translation>谁负责哪里：区域树、分配、定额</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>漏斗</translation>
        </message>
        <message>
            <source>Deals through the stages</source>
            <translation>交易在各阶段的流转</translation>
        </message>
        <message>
            <source>Numbers &amp; trends</source>
            <translation>数据与趋势</translation>
        </message>
        <message>
            <source>Daily key numbers, goals, trends and the attention list</source>
            <translation>每日关键指标、目标、趋势和关注名单</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>考评</translation>
        </message>
        <message>
            <source>Quarterly performance reviews and improvement plans</source>
            <translation>季度绩效考评和改进计划</translation>
        </message>
        <message>
            <source>Quality &amp; training</source>
            <translation>质量与培训</translation>
        </message>
        <message>
            <source>Mystery shopping, call reviews and training</source>
            <translation>神秘顾客、通话评估和培训</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <source>Sales by slice and period, the customer base, agencies against in-house teams, deal sizes</source>
            <translation>按维度和期间的销售、客户群、外包机构与自有团队对比、交易规模</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>The sales plan: targets rolled up, goals and their status, weekly sprints</source>
            <translation>销售计划：目标汇总、目标及状态、每周冲刺</translation>
        </message>
        <message>
            <source>Field notes</source>
            <translation>一线笔记</translation>
        </message>
        <message>
            <source>Market intelligence from the field: competitors, prices, products, customer needs, events; the weekly digest</source>
            <translation>来自一线的市场情报：竞争对手、价格、产品、客户需求、事件；每周摘要</translation>
        </message>
        <message>
            <source>Plan of</source>
            <translation>计划对象</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Own target</source>
            <translation>自身目标</translation>
        </message>
        <message>
            <source>Sum below</source>
            <translation>下层合计</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>衡量</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>截至目前</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>进度线</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>已完成步骤</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>会面</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Deals to advance</source>
            <translation>待推进的交易</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>into quarters</source>
            <translation>拆分为季度</translation>
        </message>
        <message>
            <source>into months</source>
            <translation>拆分为月</translation>
        </message>
        <message>
            <source>into weeks</source>
            <translation>拆分为周</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>评估人</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>任意日期</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近30天</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>最近90天</translation>
        </message>
        <message>
            <source>Tiers apply to</source>
            <translation>档位适用于</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>提成</translation>
        </message>
        <message>
            <source>Bonuses</source>
            <translation>奖金</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <source>attainment at least (%)</source>
            <translation>完成率至少 (%)</translation>
        </message>
        <message>
            <source>won deals at least</source>
            <translation>赢单数至少</translation>
        </message>
        <message>
            <source>quality score at least (%)</source>
            <translation>质量得分至少 (%)</translation>
        </message>
        <message>
            <source>Rep trend</source>
            <translation>销售代表趋势</translation>
        </message>
        <message>
            <source>League tables</source>
            <translation>排名表</translation>
        </message>
        <message>
            <source>Gaps &amp;&amp; training</source>
            <translation>差距与培训</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status, onboarding and improvement plan</source>
            <translation>状态、入职引导和改进计划</translation>
        </message>
        <message>
            <source>Quota attainment by quarter</source>
            <translation>各季度定额完成率</translation>
        </message>
        <message>
            <source>Key numbers against goals</source>
            <translation>关键指标与目标对比</translation>
        </message>
        <message>
            <source>One-on-ones</source>
            <translation>一对一</translation>
        </message>
        <message>
            <source>Quality scores by section (last 12 months)</source>
            <translation>各部分质量得分（最近12个月）</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Pay and commission (HR and admins only)</source>
            <translation>薪酬与提成（仅 HR 和管理员）</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>最近更改</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>已达成</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Work mode</source>
            <translation>工作方式</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>用工类型</translation>
        </message>
        <message>
            <source>Tenure</source>
            <translation>司龄</translation>
        </message>
        <message>
            <source>Quota this qtr</source>
            <translation>本季定额</translation>
        </message>
        <message>
            <source>Next 1:1</source>
            <translation>下次1:1</translation>
        </message>
        <message>
            <source>Onboarding</source>
            <translation>入职引导</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>入职</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Sales manager</source>
            <translation>销售经理</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Name the company, its currency and its working week.</source>
            <translation>填写公司名称、币种和工作周。</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Add the teams your reps work in — a team has a manager and a probation rule.</source>
            <translation>添加销售代表所在的团队 — 每个团队有一名经理和一条试用期规则。</translation>
        </message>
        <message>
            <source>Build the territory tree: regions, then the areas or account lists inside them.</source>
            <translation>建立区域树：先大区，再其下的片区或客户列表。</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>外包机构</translation>
        </message>
        <message>
            <source>Outsourcing agencies that supply reps, if you work with any.</source>
            <translation>提供销售代表的外包机构（如有合作）。</translation>
        </message>
        <message>
            <source>Import your reps from a spreadsheet or a CRM's user export, or add them one by one.</source>
            <translation>从电子表格或 CRM 用户导出文件导入销售代表，或逐个添加。</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>The stages your deals go through. A new pipeline starts with five stages to rename; make it the default.</source>
            <translation>交易经过的阶段。新管道自带五个阶段供重命名；请将其设为默认。</translation>
        </message>
        <message>
            <source>Import your deals from a CRM export, or add them here.</source>
            <translation>从 CRM 导出文件导入交易，或在此添加。</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>The company is set up. Everything here stays in the Company menu.</source>
            <translation>公司已设置完成。所有设置都保留在“公司”菜单中。</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Teams and members…</source>
            <translation>团队和成员(&amp;T)…</translation>
        </message>
        <message>
            <source>Te&amp;rritory tree…</source>
            <translation>区域树(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Pipelines and stages…</source>
            <translation>管道和阶段(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Agencies…</source>
            <translation>外包机构(&amp;A)…</translation>
        </message>
        <message>
            <source>A&amp;ccounts…</source>
            <translation>客户(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation>交易(&amp;D)…</translation>
        </message>
        <message>
            <source>Public &amp;holidays…</source>
            <translation>公共假日(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Exchange rates…</source>
            <translation>汇率(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Users and roles…</source>
            <translation>用户和角色(&amp;U)…</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Win %</source>
            <translation>赢单 %</translation>
        </message>
        <message>
            <source>Stuck after (days)</source>
            <translation>停滞天数</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>新线索</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>已确认资格</translation>
        </message>
        <message>
            <source>Proposal sent</source>
            <translation>已发方案</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>输单</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>已修改</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Changed (batch)</source>
            <translation>已修改（批量）</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>（未记录）</translation>
        </message>
        <message>
            <source>Section / question</source>
            <translation>部分 / 问题</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Scale top / options</source>
            <translation>量表最高值 / 选项</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>关键</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Yes / no</source>
            <translation>是 / 否</translation>
        </message>
        <message>
            <source>Scale 0–N</source>
            <translation>量表0–N</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>单选</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>自由文本</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Deal sizes</source>
            <translation>交易规模</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售</translation>
        </message>
    </context>
</TS>