/** 热线工单分拣页面的中文文本(默认语言)。 */
export default {
	'page.title': '热线工单分拣',
	'page.subtitle': '12345、12319、110 与省级平台转来的待分拣工单',
	'page.signedInAs': '当前用户：{0}',
	'page.language': 'English',
	'page.back': '返回工作台',
	'page.waiting': '待分拣工单 {0} 件，按收到先后排列。',
	'loading': '加载中…',

	'error.heading': '操作未成功',
	'error.dismiss': '关闭',
	'error.field': '{0}：{1}（{2}）',

	'ticket.words': '来源分类：',
	'ticket.address': '地址：',
	'ticket.received': '收到：',
	'ticket.reply': '答复时限：',
	'ticket.category': '立案类别',
	'ticket.choose': '请选择类别',
	'ticket.remember': '记住：今后“{0}”按此类别立案',
	'ticket.resolve': '立案',
	'reason.UNMAPPED_CATEGORY': '来源分类未对应到类别',
	'reason.NO_LOCATION': '缺少位置',
	'reason.INTAKE_REFUSED': '立案被拒，需人工处理',
	'reason.OTHER': '待分拣',
	'notice.cased': '工单 {0} 已立案，案件编号 {1}。',

	'span.days': '{0} 天',
	'span.hours': '{0} 小时',
	'span.minutes': '{0} 分钟',
	'deadline.left': '还剩 {0}',
	'deadline.overdue': '超期 {0}',
};
