package org.onegrid.bench;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The baseline: the same lifecycle on a Flowable 7 process engine, with the process of {@code seven-steps.bpmn20.xml}
 * (seven user tasks in sequence). Intake starts a process instance with the report's category, location and
 * description; each step finds the instance's open task with a task query and completes it, passing the step's
 * data (condition met, note, passed) as variables. The engine keeps its defaults but for what a benchmark must set:
 * history level audit (the default), async executor off, schema created on the first start, and UUID ids (the
 * default of Flowable's Spring Boot starter): the default {@code DbIdGenerator} takes a second connection to fetch a
 * new block of ids inside a running command, which deadlocks a pool with fewer connections than client threads.
 */
final class FlowableFlow extends MeasuredFlow implements AutoCloseable {

	private static final Map<String, Object> NONE = Map.of();

	private static final String[] STEP_DATA_KEYS = { null, "conditionMet", null, null, "note", "passed",
			"conditionMet" };

	private static final Object[] STEP_DATA_VALUES = { null, true, null, null, "已修补 / Patched", true, true };

	private final ProcessEngine engine;

	private final RuntimeService runtime;

	private final TaskService tasks;

	FlowableFlow(DataSource dataSource, RoundTrips roundTrips, String database) {
		super("Flowable", roundTrips, database);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setDataSource(dataSource);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setAsyncExecutorActivate(false);
		configuration.setIdGenerator(new StrongUuidGenerator());
		this.engine = configuration.buildProcessEngine();
		engine.getRepositoryService().createDeployment().addClasspathResource("seven-steps.bpmn20.xml").deploy();
		this.runtime = engine.getRuntimeService();
		this.tasks = engine.getTaskService();
	}

	@Override
	public void lifecycle(String key, Steps steps) {
		double[] point = BenchGrid.randomPoint(ThreadLocalRandom.current());
		String instance = runtime.startProcessInstanceByKey("case", key, Map.of("category", "COMPONENT/0201",
				"location", point[0] + "," + point[1], "description", "路面坑槽 / Pothole")).getId();
		steps.done(0);
		for (int step = 0; step < STEP_DATA_KEYS.length; step++) {
			Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
			tasks.complete(task.getId(), STEP_DATA_KEYS[step] == null ? NONE
					: Map.of(STEP_DATA_KEYS[step], STEP_DATA_VALUES[step]));
			steps.done(step + 1);
		}
	}

	@Override
	public void close() {
		engine.close();
	}
}
