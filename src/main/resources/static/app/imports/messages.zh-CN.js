/** 历史案件导入页面的中文文本(默认语言)。 */
export default {
	'page.title': '历史案件导入',
	'page.subtitle': '从其他系统导出的 CSV 导入以往案件，保留原始时间',
	'page.signedInAs': '当前用户：{0}',
	'page.language': 'English',
	'page.back': '返回工作台',
	'loading': '加载中…',

	'error.heading': '操作未成功',
	'error.dismiss': '关闭',
	'error.field': '{0}：{1}（{2}）',

	'form.file': 'CSV 文件',
	'form.mapping': '字段映射',
	'form.nyc311': '纽约 311 服务请求（nyc311）',
	'form.document': '或粘贴自定义映射（YAML，填写后优先使用）',
	'form.try': '试导入（不写入）',
	'form.start': '开始导入',

	'dryRun.heading': '试导入结果',
	'dryRun.summary': '共 {0} 行，可导入 {1} 行。',
	'problems.heading': '{0} 行无法导入',
	'problems.none': '所有行均可导入。',
	'problems.row': '行号',
	'problems.key': '来源编号',
	'problems.column': '列',
	'problems.reason': '原因',

	'job.heading': '导入任务 {0}',
	'job.RUNNING': '正在导入：已导入 {0} 行，失败 {1} 行，共 {2} 行。',
	'job.DONE': '导入完成：已导入 {0} 行，失败 {1} 行，共 {2} 行。',
	'job.FAILED': '导入中止：已导入 {0} 行，失败 {1} 行，共 {2} 行。',
	'jobs.heading': '以往导入',
	'jobs.line': '#{0} {1}：{2}，{3}/{4} 行，由 {5} 发起',
	'state.RUNNING': '进行中',
	'state.DONE': '已完成',
	'state.FAILED': '已中止',
};
