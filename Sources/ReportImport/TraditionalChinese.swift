import ReportExport
/// Traditional characters back to simplified, for the words of these reports: a Big5 page is a
/// traditional-character mirror of a report, and its labels must match the form's. Character
/// for character (the words here have no one-to-many cases); the list is
/// scripts/import-corpus/traditional.py's, the other way round.
enum TraditionalChinese {
    static let traditional = "開規範條項處罰強許務內數廢現決費額單萬總計請辦結區這屬於國穩護權類過執詢無機關沒補後確訪舉報訴復當認獲繳納轉繼續議訟維糾審經況體動問題進業構會組織採購對減縣廳員統據華習時義貫徹實紮發門網眾嚴優專欄績間質頁覽東財環態產衛級鎮鄉場運輸醫療險農軍們證錄檔館電話郵編標識備號來佈瀏選擇雙擊閉設圖書階層個應為讓從與兩樣給麼鐘線傳遞該長廣監則細製稱圍協調資營慶職責踐滿寬暢準終礎綜鏈儲饋釋訊聞視頻熱點聯係須雜諸僅夠難顯節劃崗約評價測試驗狀負擔啟達碼帳戶記匯輯檢簽歸贛堅導將"
    static let simplified = "开规范条项处罚强许务内数废现决费额单万总计请办结区这属于国稳护权类过执询无机关没补后确访举报诉复当认获缴纳转继续议讼维纠审经况体动问题进业构会组织采购对减县厅员统据华习时义贯彻实扎发门网众严优专栏绩间质页览东财环态产卫级镇乡场运输医疗险农军们证录档馆电话邮编标识备号来布浏选择双击闭设图书阶层个应为让从与两样给么钟线传递该长广监则细制称围协调资营庆职责践满宽畅准终础综链储馈释讯闻视频热点联系须杂诸仅够难显节划岗约评价测试验状负担启达码帐户记汇辑检签归赣坚导将"

    static let map: [Character: Character] = Dictionary(uniqueKeysWithValues: zip(traditional, simplified))

    static func simplify(_ s: String) -> String {
        String(s.map { map[$0] ?? $0 })
    }
}
