package ai.assistants.domain.midcalltool;

import ai.assistants.domain.assistant.Report;

/** A rule relating a tool's fields, or judging one with the factory's settings; reports rather than stops. */
interface ToolPolicy {

    void check(MidCallToolDefinition tool, Report report);
}
