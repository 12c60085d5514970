// Every string the console shows, per language and per area of the UI (one JSON file each, named after its
// namespace). Keys are the same in every language: lib/i18n/messages.test.ts fails on a key that one
// language lacks, on differing {arguments}, and on a Korean string with no Korean in it.
import enActivity from './en/activity.json';
import koActivity from './ko/activity.json';
import enAddPartitions from './en/addPartitions.json';
import koAddPartitions from './ko/addPartitions.json';
import enBanner from './en/banner.json';
import koBanner from './ko/banner.json';
import enBrokers from './en/brokers.json';
import koBrokers from './ko/brokers.json';
import enCli from './en/cli.json';
import koCli from './ko/cli.json';
import enClusters from './en/clusters.json';
import koClusters from './ko/clusters.json';
import enCommon from './en/common.json';
import koCommon from './ko/common.json';
import enConfigDocs from './en/configDocs.json';
import koConfigDocs from './ko/configDocs.json';
import enConfigValues from './en/configValues.json';
import koConfigValues from './ko/configValues.json';
import enConfigs from './en/configs.json';
import koConfigs from './ko/configs.json';
import enConfirm from './en/confirm.json';
import koConfirm from './ko/confirm.json';
import enCreateTopic from './en/createTopic.json';
import koCreateTopic from './ko/createTopic.json';
import enDeleteGroup from './en/deleteGroup.json';
import koDeleteGroup from './ko/deleteGroup.json';
import enDeleteRecords from './en/deleteRecords.json';
import koDeleteRecords from './ko/deleteRecords.json';
import enDeleteSchema from './en/deleteSchema.json';
import koDeleteSchema from './ko/deleteSchema.json';
import enDeleteTopic from './en/deleteTopic.json';
import koDeleteTopic from './ko/deleteTopic.json';
import enErrors from './en/errors.json';
import koErrors from './ko/errors.json';
import enFieldErrors from './en/fieldErrors.json';
import koFieldErrors from './ko/fieldErrors.json';
import enGlossary from './en/glossary.json';
import koGlossary from './ko/glossary.json';
import enGroup from './en/group.json';
import koGroup from './ko/group.json';
import enGroups from './en/groups.json';
import koGroups from './ko/groups.json';
import enLearn from './en/learn.json';
import koLearn from './ko/learn.json';
import enLearnExamples from './en/learnExamples.json';
import koLearnExamples from './ko/learnExamples.json';
import enLogin from './en/login.json';
import koLogin from './ko/login.json';
import enMessages from './en/messages.json';
import koMessages from './ko/messages.json';
import enMissing from './en/missing.json';
import koMissing from './ko/missing.json';
import enNav from './en/nav.json';
import koNav from './ko/nav.json';
import enOverview from './en/overview.json';
import koOverview from './ko/overview.json';
import enProduce from './en/produce.json';
import koProduce from './ko/produce.json';
import enProduceCheck from './en/produceCheck.json';
import koProduceCheck from './ko/produceCheck.json';
import enProduceResult from './en/produceResult.json';
import koProduceResult from './ko/produceResult.json';
import enReset from './en/reset.json';
import koReset from './ko/reset.json';
import enSchemaDraft from './en/schemaDraft.json';
import koSchemaDraft from './ko/schemaDraft.json';
import enSchemaPicker from './en/schemaPicker.json';
import koSchemaPicker from './ko/schemaPicker.json';
import enSchemas from './en/schemas.json';
import koSchemas from './ko/schemas.json';
import enShareGroups from './en/shareGroups.json';
import koShareGroups from './ko/shareGroups.json';
import enStatus from './en/status.json';
import koStatus from './ko/status.json';
import enSubject from './en/subject.json';
import koSubject from './ko/subject.json';
import enTopic from './en/topic.json';
import koTopic from './ko/topic.json';
import enTopicConsumers from './en/topicConsumers.json';
import koTopicConsumers from './ko/topicConsumers.json';
import enTopics from './en/topics.json';
import koTopics from './ko/topics.json';
import enViewer from './en/viewer.json';
import koViewer from './ko/viewer.json';
import enViewerStatus from './en/viewerStatus.json';
import koViewerStatus from './ko/viewerStatus.json';

export const messages = {
  en: {
    activity: enActivity,
    addPartitions: enAddPartitions,
    banner: enBanner,
    brokers: enBrokers,
    cli: enCli,
    clusters: enClusters,
    common: enCommon,
    configDocs: enConfigDocs,
    configValues: enConfigValues,
    configs: enConfigs,
    confirm: enConfirm,
    createTopic: enCreateTopic,
    deleteGroup: enDeleteGroup,
    deleteRecords: enDeleteRecords,
    deleteSchema: enDeleteSchema,
    deleteTopic: enDeleteTopic,
    errors: enErrors,
    fieldErrors: enFieldErrors,
    glossary: enGlossary,
    group: enGroup,
    groups: enGroups,
    learn: enLearn,
    learnExamples: enLearnExamples,
    login: enLogin,
    messages: enMessages,
    missing: enMissing,
    nav: enNav,
    overview: enOverview,
    produce: enProduce,
    produceCheck: enProduceCheck,
    produceResult: enProduceResult,
    reset: enReset,
    schemaDraft: enSchemaDraft,
    schemaPicker: enSchemaPicker,
    schemas: enSchemas,
    shareGroups: enShareGroups,
    status: enStatus,
    subject: enSubject,
    topic: enTopic,
    topicConsumers: enTopicConsumers,
    topics: enTopics,
    viewer: enViewer,
    viewerStatus: enViewerStatus,
  },
  ko: {
    activity: koActivity,
    addPartitions: koAddPartitions,
    banner: koBanner,
    brokers: koBrokers,
    cli: koCli,
    clusters: koClusters,
    common: koCommon,
    configDocs: koConfigDocs,
    configValues: koConfigValues,
    configs: koConfigs,
    confirm: koConfirm,
    createTopic: koCreateTopic,
    deleteGroup: koDeleteGroup,
    deleteRecords: koDeleteRecords,
    deleteSchema: koDeleteSchema,
    deleteTopic: koDeleteTopic,
    errors: koErrors,
    fieldErrors: koFieldErrors,
    glossary: koGlossary,
    group: koGroup,
    groups: koGroups,
    learn: koLearn,
    learnExamples: koLearnExamples,
    login: koLogin,
    messages: koMessages,
    missing: koMissing,
    nav: koNav,
    overview: koOverview,
    produce: koProduce,
    produceCheck: koProduceCheck,
    produceResult: koProduceResult,
    reset: koReset,
    schemaDraft: koSchemaDraft,
    schemaPicker: koSchemaPicker,
    schemas: koSchemas,
    shareGroups: koShareGroups,
    status: koStatus,
    subject: koSubject,
    topic: koTopic,
    topicConsumers: koTopicConsumers,
    topics: koTopics,
    viewer: koViewer,
    viewerStatus: koViewerStatus,
  },
};

export type Messages = (typeof messages)['en'];
