// Every string the console shows, per language and per area of the UI (one JSON file each, named after its
// namespace). Keys are the same in every language: lib/i18n/messages.test.ts fails on a key that one
// language lacks, on differing {arguments}, and on a Korean string with no Korean in it.
import enAddPartitions from './en/addPartitions.json';
import koAddPartitions from './ko/addPartitions.json';
import enBanner from './en/banner.json';
import koBanner from './ko/banner.json';
import enBrokers from './en/brokers.json';
import koBrokers from './ko/brokers.json';
import enCommon from './en/common.json';
import koCommon from './ko/common.json';
import enConfirm from './en/confirm.json';
import koConfirm from './ko/confirm.json';
import enDeleteGroup from './en/deleteGroup.json';
import koDeleteGroup from './ko/deleteGroup.json';
import enDeleteTopic from './en/deleteTopic.json';
import koDeleteTopic from './ko/deleteTopic.json';
import enErrors from './en/errors.json';
import koErrors from './ko/errors.json';
import enGlossary from './en/glossary.json';
import koGlossary from './ko/glossary.json';
import enGroup from './en/group.json';
import koGroup from './ko/group.json';
import enGroups from './en/groups.json';
import koGroups from './ko/groups.json';
import enLearn from './en/learn.json';
import koLearn from './ko/learn.json';
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
import enStatus from './en/status.json';
import koStatus from './ko/status.json';
import enTopic from './en/topic.json';
import koTopic from './ko/topic.json';
import enTopics from './en/topics.json';
import koTopics from './ko/topics.json';
import enViewer from './en/viewer.json';
import koViewer from './ko/viewer.json';
import enViewerStatus from './en/viewerStatus.json';
import koViewerStatus from './ko/viewerStatus.json';

export const messages = {
  en: {
    addPartitions: enAddPartitions,
    banner: enBanner,
    brokers: enBrokers,
    common: enCommon,
    confirm: enConfirm,
    deleteGroup: enDeleteGroup,
    deleteTopic: enDeleteTopic,
    errors: enErrors,
    glossary: enGlossary,
    group: enGroup,
    groups: enGroups,
    learn: enLearn,
    messages: enMessages,
    missing: enMissing,
    nav: enNav,
    overview: enOverview,
    produce: enProduce,
    produceCheck: enProduceCheck,
    produceResult: enProduceResult,
    reset: enReset,
    status: enStatus,
    topic: enTopic,
    topics: enTopics,
    viewer: enViewer,
    viewerStatus: enViewerStatus,
  },
  ko: {
    addPartitions: koAddPartitions,
    banner: koBanner,
    brokers: koBrokers,
    common: koCommon,
    confirm: koConfirm,
    deleteGroup: koDeleteGroup,
    deleteTopic: koDeleteTopic,
    errors: koErrors,
    glossary: koGlossary,
    group: koGroup,
    groups: koGroups,
    learn: koLearn,
    messages: koMessages,
    missing: koMissing,
    nav: koNav,
    overview: koOverview,
    produce: koProduce,
    produceCheck: koProduceCheck,
    produceResult: koProduceResult,
    reset: koReset,
    status: koStatus,
    topic: koTopic,
    topics: koTopics,
    viewer: koViewer,
    viewerStatus: koViewerStatus,
  },
};

export type Messages = (typeof messages)['en'];
