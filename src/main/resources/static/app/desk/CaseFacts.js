import { channelName, useChannels } from '../channels.js';
import { h, inject } from '../vue.js';
import { formatTime } from './time.js';

/** The road section, unit or shop the case lies on, who answers for it, and which grid coordinates it. */
function memberText(member, trail, t) {
	const grid = trail && trail.grids.find((step) => step.code === member.grid);
	return [member.name, member.contact ? t('detail.memberContact', member.contact) : '',
		member.coordinated ? t('detail.memberCoordinated', grid ? grid.name : member.grid) : ''].filter(Boolean).join(' · ');
}

/** What is known about the case at a glance: category, channel, urgency, place, who holds it and what is pending. */
export const CaseFacts = {
	props: { view: Object, names: Object, zone: String },
	setup(props) {
		const { t, locale } = inject('i18n');
		useChannels();
		return () => {
			const view = props.view;
			const names = props.names;
			const trail = (view.gridTrails || []).find((one) => one.layer === view.primaryLayer) || (view.gridTrails || [])[0];
			const handling = trail && trail.grids.find((step) => step.code === view.handlingGrid);
			const gridPath = trail ? trail.grids.map((step) => step.name).join(' ‹ ') : t('detail.unknownGrid');
			const responsibility = view.responsibility;
			const assisting = view.assignment ? view.assignment.assisting : [];
			const facts = [
				['category', `${t(`kind.${view.kind}`)} · ${names.category(view.minorCode, view.kind)}`],
				['channel', channelName(view.channelCode || view.channel, locale, t)],
				['urgency', `${t(`urgency.${view.urgency}`)}${view.tier ? ` · ${t(`tier.${view.tier}`)}` : ''}`],
				['reportedAt', formatTime(view.reportedAt, props.zone, locale.value)],
				['reporter', view.reporter ? [view.reporter.name, view.reporter.phone].filter(Boolean).join(' ')
					: view.reportedBy],
				['address', view.address || '—'],
				view.district ? ['district', view.district.name] : null,
				['grid', handling ? `${handling.name}(${gridPath})` : gridPath],
				view.member ? ['member', memberText(view.member, trail, t)] : null,
				responsibility ? ['responsibility', `${t(`basis.${responsibility.basis}`)}${responsibility.leadDepartment
					? ` · ${names.department(responsibility.leadDepartment, trail)}` : ''}`] : null,
				view.assignment ? ['lead', names.department(view.assignment.lead, trail)] : null,
				assisting.length ? ['assisting', assisting.map((assist) => names.department(assist.department, trail))
					.join('、')] : null,
				view.clock ? ['stage', `${t(`stage.${view.clock.stage}`)} · ${t('time.deadlineAt',
					formatTime(view.clock.deadline, props.zone, locale.value))}`] : null,
				view.pendingRequest ? ['pending', t('detail.pendingText', t(`request.${view.pendingRequest.kind}`),
					[view.pendingRequest.days ? t('detail.pendingDays', view.pendingRequest.days) : '', view.pendingRequest.reason]
						.filter(Boolean).join(' · '), view.pendingRequest.requestedBy)] : null,
				(view.notices || []).length ? ['notices', view.notices.map((notice) => `${t(`noticeKind.${notice.kind}`)}:`
					+ `${notice.note || ''}(${notice.answeredAt ? t('detail.noticeAnswered', notice.answer || '')
						: t('detail.noticeOpen')})`).join(';')] : null,
			].filter(Boolean);
			return h('dl', { id: 'case-facts', class: 'facts' }, facts.flatMap(([key, value]) => [
				h('dt', t(`detail.${key}`)), h('dd', { 'data-fact': key }, value)]));
		};
	},
};
