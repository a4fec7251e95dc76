package org.onegrid.demo;

import java.util.List;

/**
 * Made-up Chinese names for the demo's generated staff: common surnames and given names combined in a fixed order,
 * so every run produces the same people. They belong to nobody in particular.
 */
final class GeneratedNames {

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
			"孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓");

	private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "勇", "军",
			"杰", "涛", "明", "超", "霞", "平", "刚", "桂英", "建华", "文杰", "志强", "秀兰", "海燕", "晓东", "丽娟", "国庆",
			"春梅", "建国", "玉兰", "晨", "宇");

	private int next;

	String next() {
		int i = next++;
		return SURNAMES.get(i % SURNAMES.size()) + GIVEN.get((i / SURNAMES.size() + i * 7) % GIVEN.size());
	}
}
