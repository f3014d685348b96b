# Interface labels (Japanese, authoritative).
# Message ids: src/labels.rs; one value per line.

release-title = { $fiscal_year_era }{ $phase } 統合プロジェクトの概要 データセット

release-description = { $publisher }「{ $title }」に掲載された、日本医療研究開発機構(AMED)の8つの統合プロジェクトの{ $fiscal_year_era }{ $phase }額、概算要求のポイント、各プロジェクトの概要図の記載事項等を、機械判読に適した形式に整理したデータセットです。CSV、JSON及びExcelの各形式により、日本語と英語(仮訳)で提供します。資料から抽出したテキストについて行った修正は、正誤表に掲載しています。

release-subject = 日本医療研究開発機構(AMED)の統合プロジェクトの{ $fiscal_year_era }{ $phase }額と概算要求のポイント

release-keywords = 日本医療研究開発機構, AMED, 概算要求, { $fiscal_year_era }, 統合プロジェクト, 医療研究開発, 予算, 健康・医療戦略, 内閣府, オープンデータ

provisional-translation = 英語は仮訳であり、日本語が正文です。

authoritative-language = 日本語(正文)

licence-name = 公共データ利用規約 第1.0版(PDL1.0)

licence-compatible-name = クリエイティブ・コモンズ・ライセンス 表示 4.0 国際(CC BY 4.0)

licence-summary = 出典を記載することにより、営利目的での利用を含めて自由に利用することができ、クリエイティブ・コモンズ・ライセンス 表示 4.0 国際(CC BY 4.0)と互換性があります。

attribution = 出典:「{ $title }」({ $publisher })({ $source_url })、PDL1.0({ $licence_url })。本データセットは、同資料を加工して作成したものです。

processed-notice = 本データセットは、{ $publisher }「{ $title }」を加工して作成したものであり、国({ $publisher })が作成・公表したファイルではありません。

placeholder-notice = この版は公開前の下書きです。次の値は仮の値(プレースホルダー)で、example.jp 等のアドレスは実在しません。公開前に data/document.csv で実際の値を設定し、amed-budget check --publish で確認してください。

placeholder-unset = (未設定)

placeholder-publisher = 本データセットの公開者(未設定)

series-title = 日本医療研究開発機構(AMED)統合プロジェクトの予算 データセット(年度・予算の段階別)

series-description = 内閣府 健康・医療戦略推進事務局が公表する各年度の統合プロジェクトの概要資料を、年度・予算の段階ごとに機械判読に適した形式に整理したデータセットの系列です。

sheet-about = このブックについて

sheet-chart = グラフ

about-item = 項目

about-value = 内容

about-title = データセット名

about-fiscal-year = 対象年度

about-phase = 予算の段階

about-source = 出典資料

about-publisher = 出典資料の公表元

about-source-url = 出典資料のURL

about-source-date = 出典資料の日付

about-dataset-publisher = 本データセットの公開者

about-contact = 問合せ先

about-placeholders = 仮の値(公開前に設定)

about-licence = ライセンス

about-attribution = 出典の記載

about-generated = 作成日

about-unit = 金額の単位

about-translation = 英語訳

about-status = 英語訳の状態

about-status-body = 分析用の各表の最後の2列に、各行の主なテキスト(プロジェクト名、事業名、記載事項の本文、額の表示)の英語訳の状態と確認日を示しています。英語の全テキストの状態は translation-status.csv に収録しています。

status-reviewed-desc = 確認済み:確認者が英語訳を日本語と照合して確認したもの(確認日付き)。

status-provisional-desc = 仮訳:翻訳したもので、確認を経ていないもの。

status-machine-desc = 機械翻訳:機械翻訳のままで、人による修正を経ていないもの。

about-sheets = シート一覧

about-sheet-name = シート名

about-sheet-content = 記載内容

about-identifiers = 識別子

chart-title = 統合プロジェクト別 { $fiscal_year_era }{ $phase }額

chart-axis-project = 統合プロジェクト

chart-axis-amount = 概算要求額(億円)

chart-series-amed = 日本医療研究開発機構対象経費

chart-series-inhouse = インハウス研究機関経費

unit-oku-yen = 億円

unit-note = 金額は億円単位の整数で示しています(1億円=100,000,000円)。

readme-about = このデータセットについて

readme-tables = テーブル一覧

readme-columns = 列の定義

readme-identifiers = 識別子

readme-identifiers-body = 各レコードには、明示的で安定した識別子(id列)を付与しています。識別子は正規表現 ^[a-z][a-z0-9-]*$ に従う英小文字・数字・ハイフンからなる文字列で、テーブル内で一意であり、版が改まっても変更せず、他のレコードに再利用することもありません。関連付けのテーブル(programme_ministries及びbudget_line_programmes)は、2つの列の組合せを主キーとしています。廃止した識別子は、理由及び後継の識別子とともに retired_ids テーブルに掲載しています。

readme-units = 単位

readme-units-body = 金額は、資料に記載されたとおり億円単位の整数で収録しています(1億円=100,000,000円)。通貨は日本円(JPY)です。各統合プロジェクトの金額は、日本医療研究開発機構対象経費とインハウス研究機関経費に分けて収録しています。

readme-source = 出典

readme-source-body = 出典は、{ $publisher }が公表した「{ $title }」です。同資料は、{ $fiscal_year_era }({ $fiscal_year }年度)予算の概算要求の段階における日本医療研究開発機構(AMED)の8つの統合プロジェクトの概要を示したものであり、金額は概算要求額であって、確定した予算額ではありません。

readme-production = 作成方法

readme-production-body = 本データセットは、資料のテキストを書き起こしたものを基に、Rustで作成した処理プログラムにより生成しました。識別子、テーブル間の参照、金額の合計等を検証した上で出力しており、英語訳はFluent形式の翻訳ファイルにより管理しています。

readme-limits = 留意事項

readme-limits-body = 資料のPDFから抽出したテキストには文字の欠落や誤変換等の不備があったため、修正した箇所を修正前のテキストとともに正誤表(errata)に掲載しています。誤りの疑いがあるものの修正していない箇所も、同表に掲載しています。概要図に記載された金額の中には、複数の事業の合計額や複数の事業で共有する額(内数)があり、個々の事業の額に分けることはできません。英語は仮訳であり、日本語が正文です。

readme-status = 英語訳の確認状況

readme-status-body = 英語の各テキストには、次のいずれかの状態があります。テキストごとの状態と確認日は、translation-status.csv(テーブル・レコード・列ごとに1行)、日英対訳のJSON(各テキストの status と reviewed)及び英語版・日英対訳版のExcelブックの分析用シートに記載しています。件数は、この版の英語のテキストの数です。

readme-status-status = 状態

readme-status-meaning = 意味

readme-status-count = テキスト数

readme-status-total = 合計

readme-cite = 引用方法

readme-cite-body = 本データセットを利用する際は、公共データ利用規約 第1.0版(PDL1.0)に従い、次のように出典(資料名、作成者、URL、ライセンス)と加工した旨を記載してください。本データセットを更に加工して利用する場合は、その旨も記載してください。本データセットは国({ $publisher })が作成・公表したものではないため、国が作成したかのような態様で公表・利用しないでください。

readme-licence = ライセンス

readme-linked-data = 識別子IRIとリンクトデータ

readme-linked-data-body = 各レコードの識別子IRIは「公開先URL + id/<表名(_は-)>/<識別子>」です(例:id/projects/pj1。対応表は2つの識別子を/で連ねます)。JSONの各レコードの iri、CSV on the Web(csv-metadata.json)の aboutUrl と、RDF(data.nt、N-Triples形式)の主語は同じIRIです。日本語版と英語版の表は列ごとに同じ述語を用い、文字列は言語タグ付きリテラル、数値・真偽値・日付は型付きリテラルで表すため、両言語の表をRDFにしても同じ金額は1回だけ数えられます。Frictionlessのリソース名(projects_ja等)はSQLの識別子としてそのまま使えます。

json-iri = 識別子IRI

json-iri-desc = レコードの識別子IRI(公開先URL + id/<表名>/<識別子>)。CSV on the WebのaboutUrlとRDFの主語と同じです。

json-status = 英語訳の状態

json-status-desc = 英語訳の状態です。reviewed(確認済み)、provisional(仮訳)又は machine(機械翻訳)。

json-reviewed = 確認日

json-reviewed-desc = 英語訳を確認した日です(状態が reviewed のときのみ)。

lang-ja = 日本語

lang-en = 英語(仮訳)

lang-bilingual = 日英対訳

file-csv = CSV

file-csv-desc = 正規のCSV(UTF-8、BOMなし、改行LF)です。

file-csv-excel = Excel用CSV

file-csv-excel-desc = Excelで開くためのCSV(UTF-8、BOM付き、改行CRLF)です。=、+、-、@、タブ又は復帰で始まる文字列のセルには先頭に「'」を付けています。

file-package = オープンデータパッケージ

file-package-desc = オープンデータパッケージ(package/)に収録した正規のCSV(UTF-8、BOMなし、改行LF)です。

file-json = JSON(全テーブル、入れ子)

file-json-desc = 全テーブルを関係に従って入れ子にしたJSONです(各レコードに識別子IRI「iri」付き。日英対訳版では、各テキストに英語訳の状態「status」と確認日「reviewed」付き)。

file-json-schema = JSON Schema

file-json-schema-desc = 同じ言語版のJSONファイルの構造を定めるJSON Schema(draft 2020-12)です。

file-xlsx = Excelブック

file-xlsx-desc = 1テーブル1シートのExcelブックです(最初のシートに出典、ライセンス等の説明、最後にグラフ)。

file-datapackage = データパッケージ記述子

file-datapackage-desc = Frictionless Data Package v2の記述子(datapackage.json)です。各表の項目、型、制約、キーを定めます。

file-csvw = CSV on the Webメタデータ

file-csvw-desc = CSV on the Web(csv-metadata.json)のメタデータです。各列の述語、データ型、言語を定めます。

file-dcat = DCAT-APメタデータ

file-dcat-desc = DCAT-AP 3.0.1に従ったデータセットの記述(JSON-LD)です。

file-readme = 説明書(README)

file-readme-desc = データセットの説明(日本語・英語)です。

file-licence = ライセンスと出典の記載

file-licence-desc = ライセンスと出典の記載方法(日本語・英語)です。

file-sums = SHA-256ハッシュ値

file-sums-desc = パッケージ内の各ファイルのSHA-256ハッシュ値の一覧(sha256sum --check形式)です。

file-ckan = CKAN登録用メタデータ

file-ckan-desc = CKANのAPI(package_create)の形式のメタデータです(ckanext-scheming、ckanext-fluent及びckanext-dcatの項目名)。

file-rdf = RDF(N-Triples)

file-rdf-desc = 全テーブルのレコードをRDF(N-Triples形式)で表したものです。述語と値はcsv-metadata.jsonの定めによります。

file-zip = オープンデータパッケージ(zip)

file-zip-desc = オープンデータパッケージ(package/)の全ファイルを1つにまとめたzipファイルです。

file-changelog = 変更履歴(CHANGELOG)

file-changelog-desc = 全ての版の変更点の一覧(日本語・英語)です。

file-release = 版の記録(release.json)

file-release-desc = この版の版番号、公開日、前の版及びテーブルと列の構成です。amed-budget diff で二つの版を比べるときに読みます。

file-changes = 前の版からの変更点

file-changes-json-desc = 前の版からの変更点(レコードの追加・廃止・識別子の変更、項目ごとの変更と金額の増減)を記録したJSONです。

file-changes-csv-desc = 前の版からの変更点を1件1行で記録したCSVです(表スキーマは changes.schema.json)。

file-changes-schema-desc = changes.csv の表スキーマ(Frictionless Table Schema)です。

file-changes-md-desc = 前の版からの変更点を読みやすくまとめたMarkdownです。

file-translation-status = 英語訳の状態

file-translation-status-desc = 英語の各テキスト(テーブル・レコード・列ごとに1行)の翻訳の状態です。reviewed(確認済み。確認日付き)、provisional(仮訳)又は machine(機械翻訳)。

status-field-table = テーブル

status-field-table-desc = テキストのあるテーブルの名前です。

status-field-id = レコード

status-field-id-desc = レコードのキーです(リンク表では、キーの項目を「/」で結んだもの)。

status-field-column = 列

status-field-column-desc = テキストの列の名前です。

status-field-status = 状態

status-field-status-desc = 英語訳の状態です。reviewed(確認済み)、provisional(仮訳)又は machine(機械翻訳)。

status-field-reviewed = 確認日

status-field-reviewed-desc = 英語訳を確認した日です(reviewed のときのみ)。

file-table-schema = 表スキーマ

format-json = JSON

format-csv = CSV

readme-files = ファイル一覧

readme-files-body = このパッケージには、各テーブルを日本語版(data/ja/)と英語版(data/en/)の2つのCSVファイル(UTF-8、BOMなし、改行LF)で収録しています。メタデータとして、datapackage.json(Frictionless Data Package v2)、csv-metadata.json(CSV on the Web)、dcat.jsonld(DCAT-AP 3.0.1)、ckan.json(CKANのpackage_create形式)及びSHA256SUMS(各ファイルのSHA-256ハッシュ値)を、全レコードのRDFとしてdata.nt(N-Triples)を、英語の各テキストの状態(reviewed、provisional又はmachine。前述)としてtranslation-status.csvを添付しています。同じ公開物には、日英対訳のCSV、Excelで開くためのCSV(BOM付き、改行CRLF。表計算ソフトが数式として実行しないよう、=、+、-、@、タブ又は復帰で始まる文字列のセルには先頭に「'」を付けています。正規のCSVは元の値のままです。)、JSON(JSON Schema付き)及びExcelブック(日本語版・英語版・日英対訳版)も含まれます。変更点は、CHANGELOG.md(全ての版の変更履歴)及び changes フォルダ(前の版からの変更点。changes.json、changes.csv とその表スキーマ changes.schema.json、日本語及び英語の説明)に、この版の版番号、公開日及びテーブルの構成は release.json に収録しています。

table-budget_phases = 予算の段階

table-budget_phases-desc = 各行は、資料に記載された金額が属する予算編成の段階(概算要求等)を表します。

col-budget_phases-id = 識別子

col-budget_phases-id-desc = 予算の段階の識別子です(request=概算要求)。

col-budget_phases-label = 名称

col-budget_phases-label-desc = 予算の段階の名称です。

col-budget_phases-fdp_phase = Fiscal Data Packageの予算段階

col-budget_phases-fdp_phase-desc = 予算の段階に対応するFiscal Data Packageの予算段階(budgetPhase)の値です(proposed=予算案、approved=成立した予算、adjusted=補正後の予算、executed=執行額)。パッケージのメタデータ(datapackage.json)に記載します。

table-point_tags = ポイントの区分

table-point_tags-desc = 各行は、概算要求のポイントの記載事項の冒頭に付された区分(【新規】、【拡充】等)を表します。

col-point_tags-id = 識別子

col-point_tags-id-desc = 区分の識別子です(new=新規、expanded=拡充、new-expanded=新規・拡充、none=表示なし)。

col-point_tags-label = 名称

col-point_tags-label-desc = 区分の名称です。

table-expense_types = 経費の区分

table-expense_types-desc = 各行は、概算要求額の経費の区分(日本医療研究開発機構対象経費又はインハウス研究機関経費)を表します。

col-expense_types-id = 識別子

col-expense_types-id-desc = 経費の区分の識別子です(amed=日本医療研究開発機構対象経費、inhouse=インハウス研究機関経費)。

col-expense_types-label = 名称

col-expense_types-label-desc = 経費の区分の名称です。

table-line_bases = 概算要求額と事業の対応区分

table-line_bases-desc = 各行は、概要図に記載された概算要求額が事業とどのように対応しているかの区分(1事業の額、複数事業の合計額等)を表します。

col-line_bases-id = 識別子

col-line_bases-id-desc = 区分の識別子です(single=1事業の額、combined=複数事業の合計額、shared=複数事業で共有する額(内数)、unattributed=事業を特定できない額)。

col-line_bases-label = 名称

col-line_bases-label-desc = 区分の名称です。

table-entry_kinds = 図の記載事項の種類

table-entry_kinds-desc = 各行は、統合プロジェクトの概要図に記載された事項の種類(事業、関連事業、組織・拠点、支援体制、注記、枠・区分、フェーズの軸、フェーズの段階又は凡例)を表します。

col-entry_kinds-id = 識別子

col-entry_kinds-id-desc = 種類の識別子です(programme=事業、related-programme=関連事業、organisation=組織・拠点、support=支援体制、note=注記、box=枠・区分、axis=フェーズの軸、phase=フェーズの段階、legend=凡例)。

col-entry_kinds-label = 名称

col-entry_kinds-label-desc = 種類の名称です。

table-erratum_statuses = 正誤の状態

table-erratum_statuses-desc = 各行は、正誤表に掲載した値の状態(修正済み又は疑義あり)を表します。

col-erratum_statuses-id = 識別子

col-erratum_statuses-id-desc = 状態の識別子です(corrected=修正済み、suspected=疑義あり(未修正))。

col-erratum_statuses-label = 名称

col-erratum_statuses-label-desc = 状態の名称です。

table-document = 出典資料

table-document-desc = 出典資料の書誌事項と最終ページの表題等、本データセットの版と、その出所の記録(出典資料のURL、本データセットの公開者、問合せ先、ライセンス)を1行で表します。

col-document-id = 識別子

col-document-id-desc = 資料の識別子です。

col-document-title = 資料名

col-document-title-desc = 資料の表題です。

col-document-fiscal_year = 年度(西暦)

col-document-fiscal_year-desc = 資料が対象とする予算の年度を西暦で示した整数です(例:{ $fiscal_year })。

col-document-fiscal_year_era = 年度(和暦)

col-document-fiscal_year_era-desc = 資料が対象とする予算の年度を和暦で示したものです(例:{ $fiscal_year_era })。

col-document-phase = 予算の段階

col-document-phase-desc = 資料に記載された金額が属する予算の段階です(budget_phasesの識別子。request=概算要求)。

col-document-publisher = 公表元

col-document-publisher-desc = 資料を公表した組織です。

col-document-currency = 通貨

col-document-currency-desc = 金額の通貨をISO 4217の通貨コードで示したものです(JPY=日本円)。

col-document-unit = 金額の単位

col-document-unit-desc = 金額の単位です(億円)。

col-document-unit_factor = 単位の換算率(円)

col-document-unit_factor-desc = 金額の1単位が何円に当たるかを示す整数です(100000000=1億円)。

col-document-source_url = 出典資料のURL

col-document-source_url-desc = 出典資料を入手できるURLです(資料自体のURLが確認できない場合は公表元のページ)。

col-document-source_date = 出典資料の日付

col-document-source_date-desc = 出典資料の作成日又は公表日(YYYY-MM-DD形式)で、確認できない場合は空欄です。

col-document-series_url = 系列のURL

col-document-series_url-desc = 年度・予算の段階ごとの版をまとめたデータセットの系列の識別子となるURLです。列の述語(語彙)のIRIもこのURLを起点に作られます。

col-document-dataset_publisher = 本データセットの公開者

col-document-dataset_publisher-desc = 本データセットを公開する組織の名称です(出典資料の公表元ではありません)。公開前に設定し、下書きでは空欄にできます。

col-document-dataset_publisher_type = 公開者の種別

col-document-dataset_publisher_type-desc = 本データセットの公開者の種別を示すADMSの公開者種別(publisher type)のIRIです。公開前に設定します。

col-document-contact = 問合せ先

col-document-contact-desc = 本データセットに関する問合せ先のアドレス(mailto:で始まる電子メールアドレス又はURL)です。

col-document-licence_url = ライセンスのURL

col-document-licence_url-desc = 本データセットに適用するライセンス(公共データ利用規約 第1.0版)の本文のURLです。

col-document-licence_url_en = ライセンスのURL(英語)

col-document-licence_url_en-desc = ライセンスの英語版(参考訳)の本文のURLです。

col-document-licence_compatible_url = 互換ライセンスのURL

col-document-licence_compatible_url-desc = ライセンスと互換性のあるライセンス(CC BY 4.0)の本文のURLです。

col-document-release_version = 版

col-document-release_version-desc = 本データセットの版番号です(セマンティックバージョニング形式。例:1.0.0)。

col-document-release_date = 公開日

col-document-release_date-desc = 本データセットのこの版の公開日です(YYYY-MM-DD形式)。

table-ministries = 府省庁

table-ministries-desc = 各行は、事業を所管する府省庁を表します。

col-ministries-id = 識別子

col-ministries-id-desc = 府省庁の識別子です(例:mext=文部科学省)。

col-ministries-mark = 略号

col-ministries-mark-desc = 事業名の後の括弧内に記載される府省庁の略号です(例:文、厚、経)。

col-ministries-name = 名称

col-ministries-name-desc = 府省庁の名称です。

table-roles = 役職

table-roles-desc = 各行は、統合プロジェクトの推進体制における役職(プログラムディレクター、疾患領域コーディネーター)を表します。

col-roles-id = 識別子

col-roles-id-desc = 役職の識別子です(pd=プログラムディレクター、dc=疾患領域コーディネーター)。

col-roles-abbreviation = 略称

col-roles-abbreviation-desc = 資料に記載された役職の略称です(PD、DC)。

col-roles-name = 名称

col-roles-name-desc = 役職の名称です。

table-projects = 統合プロジェクト

table-projects-desc = 各行は、日本医療研究開発機構(AMED)の8つの統合プロジェクトの一つとその{ $fiscal_year_era }{ $phase }額を表します。

col-projects-id = 識別子

col-projects-id-desc = 統合プロジェクトの識別子です(pj1~pj8)。

col-projects-number = 番号

col-projects-number-desc = 資料に記載された統合プロジェクトの番号です(1~8)。

col-projects-name = 名称

col-projects-name-desc = 統合プロジェクトの名称です。

col-projects-summary = 概要

col-projects-summary-desc = 資料の各統合プロジェクトの冒頭に記載された概要の文章です。

col-projects-amed_amount = 日本医療研究開発機構対象経費(億円)

col-projects-amed_amount-desc = 統合プロジェクトの日本医療研究開発機構対象経費の{ $fiscal_year_era }{ $phase }額です(億円単位の整数)。

col-projects-inhouse_amount = インハウス研究機関経費(億円)

col-projects-inhouse_amount-desc = 統合プロジェクトのインハウス研究機関経費の{ $fiscal_year_era }{ $phase }額で、億円単位の整数で示し、資料に記載がない場合は空欄です。

col-projects-toc_page = 目次の掲載ページ

col-projects-toc_page-desc = 資料の目次に記載された統合プロジェクトの掲載ページです。

col-projects-lines_cover_total = 図中の額による全額の網羅

col-projects-lines_cover_total-desc = 概要図に記載された概算要求額(budget_lines)が統合プロジェクトの全額を網羅し、経費の区分ごとの合計が本表の額と一致しなければならない場合はtrue、それ以外はfalseです。

table-sections = ポイントの見出し

table-sections-desc = 各行は、統合プロジェクトの「{ $fiscal_year_era }{ $phase }のポイント」において事業をまとめる見出しを表します。

col-sections-id = 識別子

col-sections-id-desc = 見出しの識別子です。

col-sections-project = 統合プロジェクト

col-sections-project-desc = 見出しが属する統合プロジェクトです(projectsの識別子)。

col-sections-seq = 記載順

col-sections-seq-desc = 統合プロジェクト内での見出しの記載順を示す、1から始まる整数です。

col-sections-heading = 見出し

col-sections-heading-desc = 資料に記載された見出しの文言です。

table-programmes = 事業

table-programmes-desc = 各行は、資料に記載された事業(下位の事業のほか、プログラム、計画等の名称のものを含む。)を表します。

col-programmes-id = 識別子

col-programmes-id-desc = 事業の識別子です。

col-programmes-name = 事業名

col-programmes-name-desc = 所管府省庁の略号を含まない事業の名称です。

col-programmes-acronym = 略称

col-programmes-acronym-desc = 資料に記載された事業の英字略称で、記載がない場合は空欄です(例:GAPFREE、TMM)。

col-programmes-fund = 基金事業

col-programmes-fund-desc = 基金事業である場合はtrue、それ以外はfalseです。

col-programmes-parent = 親事業

col-programmes-parent-desc = 他の事業の一部である事業について、親となる事業を示すもので、該当しない場合は空欄です(programmesの識別子)。

col-programmes-note = 備考

col-programmes-note-desc = 資料における事業の記載について補足する注記です。

col-programmes-predecessor = 先行事業

col-programmes-predecessor-desc = 資料がこの事業の記載の中で先行事業として挙げている事業を示すもので、該当しない場合は空欄です(programmesの識別子)。

table-programme_ministries = 事業の所管府省庁

table-programme_ministries-desc = 各行は、事業とその所管府省庁の組合せを表します。

col-programme_ministries-programme = 事業

col-programme_ministries-programme-desc = 事業を示します(programmesの識別子)。

col-programme_ministries-ministry = 府省庁

col-programme_ministries-ministry-desc = 所管府省庁を示します(ministriesの識別子)。

col-programme_ministries-seq = 記載順

col-programme_ministries-seq-desc = 事業に付された府省庁の略号の中での記載順を示す、1から始まる整数です。

table-appearances = 事業の掲載箇所

table-appearances-desc = 各行は、「{ $fiscal_year_era }{ $phase }のポイント」の見出しの下に事業が掲載された1か所を表し、同じ事業が複数の統合プロジェクトに掲載されることがあります。

col-appearances-id = 識別子

col-appearances-id-desc = 掲載箇所の識別子です。

col-appearances-project = 統合プロジェクト

col-appearances-project-desc = 事業が掲載された統合プロジェクトです(projectsの識別子)。

col-appearances-section = 見出し

col-appearances-section-desc = 事業が掲載された見出しです(sectionsの識別子)。

col-appearances-seq = 記載順

col-appearances-seq-desc = 統合プロジェクト内での事業の記載順を示す、1から始まる整数です。

col-appearances-programme = 事業

col-appearances-programme-desc = 掲載された事業です(programmesの識別子)。

col-appearances-heading = 事業の見出し

col-appearances-heading-desc = 資料に記載された事業の見出しの文言で、所管府省庁の略号を含みます。

table-points = ポイントの記載事項

table-points-desc = 各行は、「{ $fiscal_year_era }{ $phase }のポイント」において事業の下に箇条書きで記載された1項目を表します。

col-points-id = 識別子

col-points-id-desc = 記載事項の識別子です。

col-points-appearance = 事業の掲載箇所

col-points-appearance-desc = 記載事項が属する事業の掲載箇所です(appearancesの識別子)。

col-points-seq = 記載順

col-points-seq-desc = 事業の掲載箇所内での記載事項の記載順を示す、1から始まる整数です。

col-points-tag = 区分

col-points-tag-desc = 記載事項の冒頭に付された区分です(point_tagsの識別子。new=【新規】、expanded=【拡充】、new-expanded=【新規・拡充】、none=表示なし)。

col-points-subprogramme = 対象の下位事業

col-points-subprogramme-desc = 記載事項が掲載された事業の中の特定の下位事業に関するものである場合にその事業を示すもので、該当しない場合は空欄です(programmesの識別子)。

col-points-text = 記載内容

col-points-text-desc = 記載事項の本文です。

table-budget_lines = 図中の概算要求額

table-budget_lines-desc = 各行は、統合プロジェクトの概要図に記載された概算要求額の一つを表します。

col-budget_lines-id = 識別子

col-budget_lines-id-desc = 概算要求額の記載の識別子です。

col-budget_lines-project = 統合プロジェクト

col-budget_lines-project-desc = 額が記載された統合プロジェクトです(projectsの識別子)。

col-budget_lines-seq = 記載順

col-budget_lines-seq-desc = 統合プロジェクトの概要図内での記載順を示す、1から始まる整数です。

col-budget_lines-amount = 概算要求額(億円)

col-budget_lines-amount-desc = 概要図に記載された概算要求額です(億円単位の整数)。

col-budget_lines-expense = 経費の区分

col-budget_lines-expense-desc = 額が属する経費の区分です(expense_typesの識別子。amed=日本医療研究開発機構対象経費、inhouse=インハウス研究機関経費)。

col-budget_lines-basis = 事業との対応

col-budget_lines-basis-desc = 額と事業の対応の区分です(line_basesの識別子。single=1事業の額、combined=複数事業の合計額、shared=複数事業で共有する額(内数)、unattributed=事業を特定できない額)。

col-budget_lines-label = 表示

col-budget_lines-label-desc = 概要図に記載された額の表示の文言です(例:概算要求額 23億円)。

col-budget_lines-note = 備考

col-budget_lines-note-desc = 概要図における額の記載位置や事業との対応についての注記です。

table-budget_line_programmes = 概算要求額の対象事業

table-budget_line_programmes-desc = 各行は、概要図に記載された概算要求額とその額が対象とする事業の組合せを表します。

col-budget_line_programmes-budget_line = 概算要求額

col-budget_line_programmes-budget_line-desc = 概要図に記載された概算要求額を示します(budget_linesの識別子)。

col-budget_line_programmes-programme = 事業

col-budget_line_programmes-programme-desc = 額が対象とする事業です(programmesの識別子)。

col-budget_line_programmes-seq = 記載順

col-budget_line_programmes-seq-desc = 額が対象とする事業の中での記載順を示す、1から始まる整数です。

table-diagram_entries = 図の記載事項

table-diagram_entries-desc = 各行は、統合プロジェクトの概要図に記載された事項(事業、関連事業、組織・拠点、支援体制、注記、枠・区分の見出し、フェーズの軸とその段階、凡例)の一つを表します。

col-diagram_entries-id = 識別子

col-diagram_entries-id-desc = 記載事項の識別子です。

col-diagram_entries-project = 統合プロジェクト

col-diagram_entries-project-desc = 記載事項が属する統合プロジェクトです(projectsの識別子)。

col-diagram_entries-seq = 記載順

col-diagram_entries-seq-desc = 統合プロジェクトの概要図内での記載順を示す、1から始まる整数です。

col-diagram_entries-kind = 種類

col-diagram_entries-kind-desc = 記載事項の種類です(entry_kindsの識別子。programme=事業、related-programme=関連事業、organisation=組織・拠点、support=支援体制、note=注記、box=枠・区分、axis=フェーズの軸、phase=フェーズの段階、legend=凡例)。

col-diagram_entries-programme = 事業

col-diagram_entries-programme-desc = 記載事項が特定の事業である場合にその事業を示すもので、該当しない場合は空欄です(programmesの識別子)。

col-diagram_entries-label = 表示

col-diagram_entries-label-desc = 概要図に記載された名称、見出し、注記又は凡例の文言です。

col-diagram_entries-description = 説明

col-diagram_entries-description-desc = 概要図で記載事項に付された説明の文章で、記載がない場合は空欄です。

col-diagram_entries-group = 枠

col-diagram_entries-group-desc = 記載事項が概要図の中で含まれる枠、組織の欄又は軸を示すもので、枠に含まれない場合や資料から分からない場合は空欄です(diagram_entriesの識別子)。

table-diagram_flows = 図の矢印

table-diagram_flows-desc = 各行は、統合プロジェクトの概要図において矢印に付された表示(連携、導出等)の一つを表します。

col-diagram_flows-id = 識別子

col-diagram_flows-id-desc = 矢印の表示の識別子です。

col-diagram_flows-project = 統合プロジェクト

col-diagram_flows-project-desc = 表示が記載された概要図の統合プロジェクトです(projectsの識別子)。

col-diagram_flows-seq = 記載順

col-diagram_flows-seq-desc = 統合プロジェクトの概要図内での矢印の表示の記載順を示す、1から始まる整数です。

col-diagram_flows-from_entry = 始点

col-diagram_flows-from_entry-desc = 矢印の始点の記載事項で、資料から特定できない場合は空欄です(diagram_entriesの識別子)。

col-diagram_flows-to_entry = 終点

col-diagram_flows-to_entry-desc = 矢印の終点の記載事項で、資料から特定できない場合は空欄です(diagram_entriesの識別子)。

col-diagram_flows-label = 表示

col-diagram_flows-label-desc = 概要図に記載された矢印の表示の文言です。

col-diagram_flows-note = 備考

col-diagram_flows-note-desc = 概要図における表示の記載位置や矢印が結ぶ記載事項についての注記です。

table-disease_areas = 疾患領域

table-disease_areas-desc = 各行は、統合プロジェクトを横断して設定された疾患領域を表します。

col-disease_areas-id = 識別子

col-disease_areas-id-desc = 疾患領域の識別子です。

col-disease_areas-seq = 記載順

col-disease_areas-seq-desc = 資料における疾患領域の記載順を示す、1から始まる整数です。

col-disease_areas-name = 名称

col-disease_areas-name-desc = 疾患領域の名称です。

table-coordinators = 疾患領域コーディネーター

table-coordinators-desc = 各行は、疾患領域ごとに置かれた疾患領域コーディネーター等の担当者を表します。

col-coordinators-id = 識別子

col-coordinators-id-desc = 担当者の識別子です。

col-coordinators-disease_area = 疾患領域

col-coordinators-disease_area-desc = 担当する疾患領域です(disease_areasの識別子)。

col-coordinators-role = 役職

col-coordinators-role-desc = 担当者の役職です(rolesの識別子。pd=プログラムディレクター、dc=疾患領域コーディネーター)。

col-coordinators-name = 氏名

col-coordinators-name-desc = 担当者の氏名です(英語表記は名・姓の順)。

table-errata = 正誤表

table-errata-desc = 各行は、資料から抽出したテキストのうち、本データセットで修正した値又は誤りの疑いがある値の1件を表します。

col-errata-id = 識別子

col-errata-id-desc = 正誤の識別子です。

col-errata-table = テーブル

col-errata-table-desc = 値を含むテーブルの名前です(例:points)。

col-errata-record = レコード

col-errata-record-desc = 値を含むレコードの識別子(当該テーブルのid)です。

col-errata-field = 列

col-errata-field-desc = 値を含む列の名前です(例:text)。

col-errata-status = 状態

col-errata-status-desc = 正誤の状態です(erratum_statusesの識別子。corrected=修正済み、suspected=疑義あり(未修正))。

col-errata-original_ja = 修正前のテキスト

col-errata-original_ja-desc = 資料から抽出したままの修正前のテキストで、全ての言語版で原文のまま掲載しています。

col-errata-corrected_ja = 修正後のテキスト

col-errata-corrected_ja-desc = 本データセットで用いている修正後のテキストで、修正していない場合(疑義あり)は空欄です。

col-errata-reason = 理由

col-errata-reason-desc = 修正した理由又は誤りが疑われる理由です。

table-supplied_facts = 資料外の情報

table-supplied_facts-desc = 各行は、本データセットの値のうち、資料に記載がなく資料外の出典によるもの又は資料外の出典に基づいて修正・判断したものの1件を表します。

col-supplied_facts-id = 識別子

col-supplied_facts-id-desc = 資料外の情報の識別子です。

col-supplied_facts-table = テーブル

col-supplied_facts-table-desc = 値を含むテーブルの名前です(例:ministries)。

col-supplied_facts-record = レコード

col-supplied_facts-record-desc = 値を含むレコードの識別子(当該テーブルのid)です。

col-supplied_facts-field = 列

col-supplied_facts-field-desc = 値を含む列の名前です(例:name)。

col-supplied_facts-source = 出典

col-supplied_facts-source-desc = 値の出典のURLです。

col-supplied_facts-note = 備考

col-supplied_facts-note-desc = 資料に記載されている事項と出典による事項の区別についての注記です。

col-document-base_url = 公開先URL
col-document-base_url-desc = このデータセットの版を公開するURL(out/の内容を置く場所)です。各ファイルのURLと各レコードの識別子IRIはこのURLを起点に作られます。

col-document-closing_title = 最終ページの表題

col-document-closing_title-desc = 資料の最終ページ(第3期の統合プロジェクトの体制を示すページ)の表題です。

col-document-closing_heading = 最終ページの見出し

col-document-closing_heading-desc = 最終ページにおいて疾患領域の一覧の前に記載された見出しです。

col-document-closing_lead = 最終ページの導入文

col-document-closing_lead-desc = 最終ページにおいて見出しの後に記載された導入の文章です。

## Analyst views (src/views.rs): flat tables derived from the canonical tables,
## with labels instead of codes. view-<view> is the sheet name and title.

view-yes = はい

view-no = いいえ

view-total = 合計

view-projects = プロジェクト別集計

view-projects-desc = 統合プロジェクトごとの概算要求額(日本医療研究開発機構対象経費、インハウス研究機関経費及びその合計)と、掲載された事業の数及びポイントの記載事項の数を、正本データから集計した表です。

view-projects-project_number = 番号

view-projects-project_number-desc = 統合プロジェクトの番号です。

view-projects-project_name = 統合プロジェクト

view-projects-project_name-desc = 統合プロジェクトの名称です。

view-projects-amed_amount = 日本医療研究開発機構対象経費(億円)

view-projects-amed_amount-desc = 日本医療研究開発機構対象経費の概算要求額です(億円単位の整数)。

view-projects-inhouse_amount = インハウス研究機関経費(億円)

view-projects-inhouse_amount-desc = インハウス研究機関経費の概算要求額で、資料に記載がない場合は空欄です(億円単位の整数)。

view-projects-total_amount = 合計(億円)

view-projects-total_amount-desc = 日本医療研究開発機構対象経費とインハウス研究機関経費の合計で、本データセットで計算した値です(億円単位の整数)。

view-projects-lines_cover_total = 図中の額で総額を網羅

view-projects-lines_cover_total-desc = 概要図に記載された額の合計が統合プロジェクトの概算要求額と一致するかどうかです(はい又はいいえ)。

view-projects-programme_count = 掲載事業数

view-projects-programme_count-desc = ポイント又は概要図に掲載された事業の数です(同じ事業は1回と数えます)。

view-projects-point_count = ポイントの記載事項数

view-projects-point_count-desc = 統合プロジェクトのポイントの記載事項の数です。

view-projects-project_id = プロジェクトの識別子

view-projects-project_id-desc = 統合プロジェクトの識別子です(projectsのid)。

view-projects-project_name_en_status = プロジェクト名の英語訳の状態

view-projects-project_name_en_status-desc = プロジェクト名の英語訳の状態です。reviewed(確認済み)、provisional(仮訳)又は machine(機械翻訳)。

view-projects-project_name_en_reviewed = プロジェクト名の英語訳の確認日

view-projects-project_name_en_reviewed-desc = プロジェクト名の英語訳を確認した日です(reviewed のときのみ)。

view-project_totals = プロジェクト合計

view-project_totals-desc = プロジェクト別集計の額の合計(1行)で、資料には記載がなく本データセットで計算した値です。プロジェクトの行と二重に合計されないよう、別の表にしています。

view-project_totals-total_label = 区分

view-project_totals-total_label-desc = 行の名称です。

view-project_totals-amed_amount = 日本医療研究開発機構対象経費の合計(億円)

view-project_totals-amed_amount-desc = 全ての統合プロジェクトの日本医療研究開発機構対象経費の合計です(億円単位の整数)。

view-project_totals-inhouse_amount = インハウス研究機関経費の合計(億円)

view-project_totals-inhouse_amount-desc = 全ての統合プロジェクトのインハウス研究機関経費の合計です(億円単位の整数)。

view-project_totals-total_amount = 総額(億円)

view-project_totals-total_amount-desc = 全ての統合プロジェクトの概算要求額の合計です(億円単位の整数)。

view-project_totals-project_count = プロジェクト数

view-project_totals-project_count-desc = 合計した統合プロジェクトの数です。

view-points = ポイント一覧

view-points-desc = 概算要求のポイントの記載事項を1行に1件ずつ、統合プロジェクト、見出し、事業、所管府省庁及び区分の名称とともに示した表です。

view-points-project_number = 番号

view-points-project_number-desc = 記載事項が掲載された統合プロジェクトの番号です。

view-points-project_name = 統合プロジェクト

view-points-project_name-desc = 記載事項が掲載された統合プロジェクトの名称です。

view-points-section = 見出し

view-points-section-desc = 記載事項が掲載された見出しです。

view-points-programme_name = 事業

view-points-programme_name-desc = 記載事項が属する事業の名称です。

view-points-ministries = 所管府省庁

view-points-ministries-desc = 事業を所管する府省庁の名称で、複数の場合は記載順に「、」で区切っています。

view-points-tag = 区分

view-points-tag-desc = 記載事項の冒頭に付された区分(新規、拡充又は新規・拡充)で、表示がない場合は空欄です。

view-points-subprogramme_name = 対象の下位事業

view-points-subprogramme_name-desc = 記載事項が特定の下位事業に関するものである場合のその事業の名称で、該当しない場合は空欄です。

view-points-text = 記載内容

view-points-text-desc = 記載事項の本文です。

view-points-point_id = 記載事項の識別子

view-points-point_id-desc = 記載事項の識別子です(pointsのid)。

view-points-appearance_id = 掲載箇所の識別子

view-points-appearance_id-desc = 記載事項が属する事業の掲載箇所の識別子です(appearancesのid)。

view-points-programme_id = 事業の識別子

view-points-programme_id-desc = 記載事項が属する事業の識別子です(programmesのid)。

view-points-project_id = プロジェクトの識別子

view-points-project_id-desc = 記載事項が掲載された統合プロジェクトの識別子です(projectsのid)。

view-points-text_en_status = 本文の英語訳の状態

view-points-text_en_status-desc = 本文の英語訳の状態です。reviewed(確認済み)、provisional(仮訳)又は machine(機械翻訳)。

view-points-text_en_reviewed = 本文の英語訳の確認日

view-points-text_en_reviewed-desc = 本文の英語訳を確認した日です(reviewed のときのみ)。

view-programmes = 事業一覧

view-programmes-desc = 事業を1行に1件ずつ、所管府省庁、掲載された統合プロジェクト(ポイント又は概要図)、上位事業、基金事業かどうか及び対応する概算要求額とともに示した表です。

view-programmes-programme_name = 事業

view-programmes-programme_name-desc = 事業の名称です。

view-programmes-acronym = 略称

view-programmes-acronym-desc = 資料に記載された事業の略称で、ない場合は空欄です。

view-programmes-ministries = 所管府省庁

view-programmes-ministries-desc = 事業を所管する府省庁の名称で、複数の場合は記載順に「、」で区切っています。

view-programmes-parent_name = 上位事業

view-programmes-parent_name-desc = 事業が属する上位の事業の名称で、ない場合は空欄です。

view-programmes-fund = 基金事業

view-programmes-fund-desc = 基金により実施される事業かどうかです(はい又はいいえ)。

view-programmes-project_count = 掲載プロジェクト数

view-programmes-project_count-desc = 事業がポイント又は概要図に掲載された統合プロジェクトの数です。

view-programmes-projects = 掲載プロジェクト

view-programmes-projects-desc = 事業がポイント又は概要図に掲載された統合プロジェクトの名称で、番号順に「、」で区切っています。

view-programmes-project_numbers = 掲載プロジェクトの番号

view-programmes-project_numbers-desc = 事業が掲載された統合プロジェクトの番号で、「, 」で区切っています。

view-programmes-point_count = ポイントの記載事項数

view-programmes-point_count-desc = 事業の下に記載されたポイントの記載事項の数です(全ての統合プロジェクトの合計)。

view-programmes-single_amount = 単独の概算要求額(億円)

view-programmes-single_amount-desc = 概要図にこの事業だけの額(1事業の額)として記載された概算要求額で、複数事業の合計額又は複数事業で共有する額(内数)しかない場合は空欄です。この列を合計しても二重計上にはなりません(億円単位の整数)。

view-programmes-budget_lines = 対応する概算要求額

view-programmes-budget_lines-desc = 事業を対象とする概算要求額の記載(統合プロジェクト:表示(事業との対応))で、「、」で区切っています。

view-programmes-programme_note = 備考

view-programmes-programme_note-desc = 事業についての注記です。

view-programmes-programme_id = 事業の識別子

view-programmes-programme_id-desc = 事業の識別子です(programmesのid)。

view-programmes-parent_id = 上位事業の識別子

view-programmes-parent_id-desc = 上位の事業の識別子です(programmesのid)。

view-programmes-budget_line_ids = 概算要求額の識別子

view-programmes-budget_line_ids-desc = 事業を対象とする概算要求額の識別子(budget_linesのid)で、空白で区切っています。

view-programmes-programme_name_en_status = 事業名の英語訳の状態

view-programmes-programme_name_en_status-desc = 事業名の英語訳の状態です。reviewed(確認済み)、provisional(仮訳)又は machine(機械翻訳)。

view-programmes-programme_name_en_reviewed = 事業名の英語訳の確認日

view-programmes-programme_name_en_reviewed-desc = 事業名の英語訳を確認した日です(reviewed のときのみ)。

view-budget_lines = 概算要求額一覧

view-budget_lines-desc = 概要図に記載された概算要求額を1行に1件ずつ、統合プロジェクト、経費の区分、事業との対応及び対象事業の名称とともに示した表です。複数事業で共有する額(内数)も1行だけですので、額の列は二重計上なく合計できます。

view-budget_lines-project_number = 番号

view-budget_lines-project_number-desc = 額が記載された統合プロジェクトの番号です。

view-budget_lines-project_name = 統合プロジェクト

view-budget_lines-project_name-desc = 額が記載された統合プロジェクトの名称です。

view-budget_lines-amount = 概算要求額(億円)

view-budget_lines-amount-desc = 概要図に記載された概算要求額です(億円単位の整数)。

view-budget_lines-expense = 経費の区分

view-budget_lines-expense-desc = 額が属する経費の区分です。

view-budget_lines-basis = 事業との対応

view-budget_lines-basis-desc = 額と事業の対応の区分です。

view-budget_lines-programme_count = 対象事業数

view-budget_lines-programme_count-desc = 額が対象とする事業の数です。

view-budget_lines-programmes = 対象事業

view-budget_lines-programmes-desc = 額が対象とする事業の名称で、記載順に「、」で区切っています。

view-budget_lines-summable = 合計に算入可

view-budget_lines-summable-desc = この額を他の行の額と足し合わせてよいかどうかです(はい又はいいえ)。複数事業で共有する額(内数)も1行にだけ記載しているため、全ての行が「はい」です。

view-budget_lines-line_label = 表示

view-budget_lines-line_label-desc = 概要図に記載された額の表示の文言です。

view-budget_lines-line_note = 備考

view-budget_lines-line_note-desc = 額の記載位置や事業との対応についての注記です。

view-budget_lines-budget_line_id = 概算要求額の識別子

view-budget_lines-budget_line_id-desc = 概算要求額の記載の識別子です(budget_linesのid)。

view-budget_lines-project_id = プロジェクトの識別子

view-budget_lines-project_id-desc = 額が記載された統合プロジェクトの識別子です(projectsのid)。

view-budget_lines-programme_ids = 対象事業の識別子

view-budget_lines-programme_ids-desc = 額が対象とする事業の識別子(programmesのid)で、空白で区切っています。

view-budget_lines-line_label_en_status = 額の表示の英語訳の状態

view-budget_lines-line_label_en_status-desc = 額の表示の英語訳の状態です。reviewed(確認済み)、provisional(仮訳)又は machine(機械翻訳)。

view-budget_lines-line_label_en_reviewed = 額の表示の英語訳の確認日

view-budget_lines-line_label_en_reviewed-desc = 額の表示の英語訳を確認した日です(reviewed のときのみ)。

view-programme_projects = プロジェクト別事業

view-programme_projects-desc = 事業とその事業が掲載された統合プロジェクトの組合せを1行に1件ずつ、ポイント又は概要図のどちらに掲載されたかとともに示した表です。

view-programme_projects-project_number = 番号

view-programme_projects-project_number-desc = 統合プロジェクトの番号です。

view-programme_projects-project_name = 統合プロジェクト

view-programme_projects-project_name-desc = 統合プロジェクトの名称です。

view-programme_projects-programme_name = 事業

view-programme_projects-programme_name-desc = 統合プロジェクトに掲載された事業の名称です。

view-programme_projects-ministries = 所管府省庁

view-programme_projects-ministries-desc = 事業を所管する府省庁の名称で、複数の場合は記載順に「、」で区切っています。

view-programme_projects-in_key_points = ポイントに掲載

view-programme_projects-in_key_points-desc = 事業がこの統合プロジェクトのポイントに掲載されているかどうかです(はい又はいいえ)。

view-programme_projects-in_diagram = 概要図に掲載

view-programme_projects-in_diagram-desc = 事業がこの統合プロジェクトの概要図に掲載されているかどうかです(はい又はいいえ)。

view-programme_projects-point_count = ポイントの記載事項数

view-programme_projects-point_count-desc = この統合プロジェクトのポイントで事業の下に記載された記載事項の数です。

view-programme_projects-programme_id = 事業の識別子

view-programme_projects-programme_id-desc = 事業の識別子です(programmesのid)。

view-programme_projects-project_id = プロジェクトの識別子

view-programme_projects-project_id-desc = 統合プロジェクトの識別子です(projectsのid)。

view-programme_projects-programme_name_en_status = 事業名の英語訳の状態

view-programme_projects-programme_name_en_status-desc = 事業名の英語訳の状態です。reviewed(確認済み)、provisional(仮訳)又は machine(機械翻訳)。

view-programme_projects-programme_name_en_reviewed = 事業名の英語訳の確認日

view-programme_projects-programme_name_en_reviewed-desc = 事業名の英語訳を確認した日です(reviewed のときのみ)。
## 廃止した識別子 (data/retired_ids.csv)

table-retired_ids = 廃止した識別子

table-retired_ids-desc = 各行は、過去の版で公開し、その後の版で廃止したレコードの識別子の1件を表します。廃止した識別子は、他のレコードに再利用しません。

col-retired_ids-id = 識別子

col-retired_ids-id-desc = 廃止したレコードの識別子です。

col-retired_ids-table = テーブル

col-retired_ids-table-desc = 廃止したレコードを含んでいたテーブルの名前です(例:points)。

col-retired_ids-release = 廃止した版

col-retired_ids-release-desc = 識別子を廃止した版、すなわち当該レコードを含まない最初の版の版番号です(例:1.1.0)。

col-retired_ids-reason = 理由

col-retired_ids-reason-desc = 識別子を廃止した理由です。

col-retired_ids-successors = 後継の識別子

col-retired_ids-successors-desc = 廃止したレコードを引き継ぐ同じテーブルのレコードの識別子で、複数ある場合は半角スペースで区切り、ない場合は空欄です(1件なら識別子の変更、複数なら分割、複数の廃止したレコードが同じ後継を持つ場合は統合を表します)。

# The website (site/): src/emit/site/, templates/site/.

site-skip = 本文へ移動

site-versions = 版の履歴

site-status-reviewed = 英訳のレビュー日:

site-status-provisional = 英訳:仮訳(レビュー前)

site-status-machine = 英訳:機械翻訳(人による確認なし)

site-versions-intro = このデータセットの各版と、前の版からの変更の区分及び件数です。版番号はセマンティック バージョニングに従います(列・テーブルの削除等はメジャー、レコード・列の追加や廃止はマイナー、値・テキストの修正はパッチ)。

site-changes-count = 変更件数

site-changes-link = この版の変更点(日本語)

site-changelog-link = 全ての版の変更履歴(CHANGELOG.md)

site-nav = サイト内の案内

site-home = ホーム

site-downloads = ダウンロード

site-about = このデータについて

site-breadcrumb = 現在の位置

site-contents = このページの目次

site-lang-self = 日本語

site-lang-ja = 日本語

site-lang-en = 英語

site-lang-bilingual = 日英対訳

site-lang-both = 日本語・英語

site-read-japanese = 日本語のページ(正文)を読む

site-enter = 日本語のページへ

site-total = 合計

site-chart-desc = 統合プロジェクトごとの概算要求額を、日本医療研究開発機構対象経費とインハウス研究機関経費に分けて積み上げた横棒グラフです。数値は次の表にあります。

site-programmes-intro = 資料に記載された事業の一覧です。各事業のページには、掲載された統合プロジェクトと見出し、記載事項、概算要求額を示しています。

site-downloads-intro = Excelで開く場合は「Excel用CSV」(BOM付き、改行CRLF)又はExcelブックを、プログラムで読み込む場合は正規のCSV(UTF-8、BOMなし、改行LF)又はJSONを使ってください。パッケージ一式はZIPファイルでも入手できます。

site-all-downloads = すべてのファイル(サイズ・SHA-256付き)

site-csv-by-table = テーブル別のCSV

site-csv-by-table-desc = テーブル別のCSVファイル(正規のCSVとExcel用CSV、各言語版)

site-table = テーブル

site-bytes = バイト

site-about-more = 出典、作成方法、正誤表、引用方法及び識別子の詳細

site-file = ファイル

site-format = 形式

site-language = 言語

site-size = サイズ(バイト)

site-dl-zip = パッケージ(ZIP)

site-dl-zip-desc = オープンデータパッケージ一式(日本語版・英語版のCSVとメタデータ)を1つにまとめたZIPファイルです。

site-dl-xlsx = Excelブック

site-dl-xlsx-desc = 全テーブルとグラフを収めたExcelブックです。表計算ソフトで見る場合に適しています。

site-dl-csv-excel = Excel用CSV

site-dl-csv-excel-desc = Excelでそのまま開くためのCSVです(UTF-8 BOM付き、改行CRLF)。=、+、-、@等で始まる文字列のセルには、数式として実行されないよう先頭に「'」を付けています。プログラムで読み込む場合は正規のCSVを使ってください。

site-dl-csv = 正規のCSV(プログラム用)

site-dl-csv-desc = データの正規の形式です(UTF-8 BOMなし、改行LF、値は元のまま)。プログラムやデータ分析ツールで読み込む場合に使ってください。data/ja/とdata/en/はパッケージのCSVで、csv/bilingual/は日英対訳版です。

site-dl-json = JSON

site-dl-json-desc = テーブル間の関係に従って入れ子にした全データです(統合プロジェクト、見出し、掲載、記載事項の順等)。

site-dl-schema = JSON Schema

site-dl-schema-desc = 各JSONファイルの構造を定めるJSON Schemaです。

site-dl-metadata = パッケージのメタデータ

site-dl-metadata-desc = パッケージの説明とメタデータです:datapackage.json(Frictionless Data Package)、csv-metadata.json(CSV on the Web)、dcat.jsonld(DCAT-AP)、README.md、LICENSE.md及びSHA256SUMS。

site-iri = 識別子(IRI)

site-fields = 項目

site-referenced-by = このレコードを参照するレコード

site-mentions = このレコードに関する正誤・資料外の情報

site-record-data = このレコードのデータ

site-json-record = このレコードのJSON

site-csv-rows = CSVの行

site-json-release = データセット全体のJSON

site-more-items = このページに表示していない件数(CSV及びJSONに収録):

site-yes = あり

site-no = なし

site-amounts = 概算要求額

site-lines = 概要図に記載された概算要求額

site-lines-chart = 概要図に記載された概算要求額(億円)

site-lines-chart-desc = 概要図に記載された概算要求額ごとの横棒グラフで、各棒の見出しは対象の事業です。数値は次の表にあります。

site-covers = 対象の事業

site-sections = 概算要求のポイント

site-diagram = 概要図

site-diagram-note = 概要図の記載事項を記載順に示し、枠(区分、組織の欄、フェーズの軸)に属する記載事項はその枠の下に示しています。どの枠に属するか資料から判断できない記載事項は、枠の外に示しています。

site-flows = 矢印の表示

site-point-page = この記載事項のページ

site-names = 名称

site-none-given = 資料に記載なし

site-appearances = 掲載箇所と記載事項

site-subpoints = 下位の事業として記載された記載事項

site-budget-lines = この事業を対象とする概算要求額

site-lines-note = 複数の事業の合計額又は複数の事業で共有する額(内数)は、個々の事業の額に分けることができません。

site-diagram-entries = 概要図での記載

site-document-page = 出典資料のレコード

site-iri-scheme = 各レコードの識別子(IRI)は、公開先URLに「id/」、テーブル名(「_」は「-」に置き換えます。)及びレコードの識別子(関連付けのテーブルでは2つの識別子)を続けたものです。このサイトを公開先URLに置くと、各IRIはそのレコードの日本語のページを返し、同じ場所に英語のページ(en.html)とJSON(index.json)があります。件数の多いテーブルのレコードにはレコードごとのページを設けず、そのレコードが属するレコードのページに示します。

site-iri-pattern = IRIの形式

site-records = 件数

site-has-pages = レコードごとのページ
