/**
 * Texts of the pages built before the per-language bundles (the phone page and the map panels), Chinese first and
 * English second. Placeholders {0}, {1}… are filled by t(). New pages use i18n.js with messages.zh-CN.js and
 * messages.en.js instead, as the workbench (desk/) and the calendar do.
 */
const MESSAGES = {
	'app.title': 'OneGrid 网格指挥中心',
	'app.subtitle': 'Grid command centre',
	'app.loading': '正在加载… Loading…',
	'app.mapHint': '点击地图定位网格 Click the map to locate a point',

	'login.title': '登录 Sign in',
	'login.username': '用户名 Username',
	'login.password': '密码 Password',
	'login.submit': '登录 Sign in',
	'login.signedInAs': '当前用户 Signed in as {0}',
	'login.logout': '退出 Sign out',

	'mobile.title': 'OneGrid 网格员 Field worker',
	'mobile.where': '当前位置 Where I am',
	'mobile.useGps': '使用定位 Use GPS',
	'mobile.report': '上报问题 Report a problem',
	'mobile.category': '类别 Category',
	'mobile.description': '描述 Description',
	'mobile.send': '上报 Report',
	'mobile.checkIn': '打卡签到 Check in',
	'mobile.checkInNow': '签到 Check in now',
	'mobile.patrol': '巡查轨迹 Patrol track',
	'mobile.patrolStart': '开始巡查 Start patrol',
	'mobile.patrolStop': '结束巡查 Stop patrol',
	'mobile.syncNow': '立即同步 Sync now',
	'mobile.log': '记录 Log',
	'mobile.pending': '{0} 条待发送 pending',
	'mobile.buffered': '{0} 个轨迹点待发送 track points buffered',
	'mobile.queued': '已保存,正在发送 Saved, sending',
	'mobile.reported': '已上报,案件号 {0} Reported as case {0}',
	'mobile.sent': '已发送 Sent: {0}',
	'mobile.refused': '被拒绝 Refused: {0}',
	'mobile.offline': '网络不可用,稍后重试 Offline; will retry',
	'mobile.checkedIn': '已签到 Checked in at {0}',
	'mobile.checkInRefused': '签到被拒绝 Check-in refused: {0}',

	'error.heading': '出错了 Something went wrong',
	'error.dismiss': '关闭 Dismiss',
	'error.network': '无法连接服务器 Cannot reach the server',
	'error.unexpected': '服务器返回了意外的响应 Unexpected response ({0})',
	'error.field': '{0}: {1} ({2})',
	'error.feature': '第 {0} 个要素 Feature #{0}: {1} ({2})',


	'layers.heading': '网格层 Layers',
	'layers.empty': '尚无网格层 No layers yet',
	'layers.generated': '示意边界 Generated',
	'layers.gridCount': '{0} 个网格 grids',
	'layers.allLevels': '全部级别 All levels',
	'layers.levelFilter': '级别 Level',
	'layers.zoom': '缩放到此层 Zoom to layer',

	'grid.heading': '网格 Grid',
	'grid.none': '点击地图上的网格查看详情 Click a grid on the map for details',
	'grid.name': '名称 Name',
	'grid.code': '编码 Code',
	'grid.level': '级别 Level',
	'grid.layer': '网格层 Layer',
	'grid.area': '面积 Area',
	'grid.generated': '边界来源 Boundary',
	'grid.generatedYes': '示意边界 Generated',
	'grid.generatedNo': '实测边界 Surveyed',

	'locate.heading': '定位 Locate',
	'locate.lon': '经度 Lon',
	'locate.lat': '纬度 Lat',
	'locate.crs': '坐标系 CRS',
	'locate.crs.wgs84': 'WGS-84 (GPS)',
	'locate.crs.gcj02': 'GCJ-02 (高德/腾讯 AMap/Tencent)',
	'locate.crs.bd09': 'BD-09 (百度 Baidu)',
	'locate.submit': '定位 Locate',
	'locate.point': '位置 Point (WGS-84): {0}, {1}',
	'locate.outside': '不在任何网格内 Outside every grid',
	'locate.pathHint': '从网格到根 Leaf → root',

	'coverage.heading': '覆盖分析 Coverage (多格合一)',
	'coverage.layer': '网格层 Layer',
	'coverage.run': '分析 Analyse',
	'coverage.full': '全覆盖、无盲区 Full coverage, no gaps',
	'coverage.gaps': '盲区 Gaps ({0})',
	'coverage.overlaps': '重叠 Overlaps ({0})',
	'coverage.spills': '越界 Spills ({0})',
	'coverage.gap': '{0} ({1}) 未覆盖 uncovered: {2}, {3}',
	'coverage.overlap': '{0} 与 and {1} 重叠 overlap: {2}',
	'coverage.spill': '{0} 超出 outside {1}: {2}, {3}',

	'corr.heading': '对应关系 Correspondence',
	'corr.layer': '网格层 Layer',
	'corr.with': '对照 Against',
	'corr.run': '比对 Compare',
	'corr.split': '拆分 Split: {0}',
	'corr.aligned': '对齐 Aligned: {0}',
	'corr.noSplit': '无拆分网格 No split grids',
	'corr.col.grid': '网格 Grid',
	'corr.col.area': '面积 Area',
	'corr.col.counterparts': '对应网格 Counterparts',
	'corr.col.uncovered': '未覆盖 Uncovered',
	'corr.sameLayer': '请选择两个不同的网格层 Choose two different layers',

	'unit.m2': '{0} m²',
};

/** The message for key with its placeholders filled; the key itself when the bundle lacks it. */
export function t(key, ...args) {
	const text = MESSAGES[key] ?? key;
	return text.replace(/\{(\d+)\}/g, (match, index) => (index < args.length ? String(args[index]) : match));
}

/** Fills every element carrying data-i18n (text) or data-i18n-title (tooltip) below root. */
export function translate(root = document) {
	root.querySelectorAll('[data-i18n]').forEach((element) => {
		element.textContent = t(element.dataset.i18n);
	});
	root.querySelectorAll('[data-i18n-title]').forEach((element) => {
		element.title = t(element.dataset.i18nTitle);
	});
}

/** An area in square metres, grouped by thousands. */
export function area(m2) {
	return t('unit.m2', Math.round(m2).toLocaleString('zh-CN'));
}

/** A share between 0 and 1 as a percentage with one decimal. */
export function percent(share) {
	return `${(share * 100).toFixed(1)}%`;
}
