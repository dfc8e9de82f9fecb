# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    import itertools
    m = 'ab'
    for i in range(50000):
        m = map(next, [m])
    print(list(zip(m, range(3))))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
try:
    x = 3
    while x:
        x -= 1
        if x == 0:
            continue
        if x == 1:
            continue
        if x == 2:
            continue
        if x == 3:
            continue
        if x == 4:
            continue
        if x == 5:
            continue
        if x == 6:
            continue
        if x == 7:
            continue
        if x == 8:
            continue
        if x == 9:
            continue
        if x == 10:
            continue
        if x == 11:
            continue
        if x == 12:
            continue
        if x == 13:
            continue
        if x == 14:
            continue
        if x == 15:
            continue
        if x == 16:
            continue
        if x == 17:
            continue
        if x == 18:
            continue
        if x == 19:
            continue
        if x == 20:
            continue
        if x == 21:
            continue
        if x == 22:
            continue
        if x == 23:
            continue
        if x == 24:
            continue
        if x == 25:
            continue
        if x == 26:
            continue
        if x == 27:
            continue
        if x == 28:
            continue
        if x == 29:
            continue
        if x == 30:
            continue
        if x == 31:
            continue
        if x == 32:
            continue
        if x == 33:
            continue
        if x == 34:
            continue
        if x == 35:
            continue
        if x == 36:
            continue
        if x == 37:
            continue
        if x == 38:
            continue
        if x == 39:
            continue
        if x == 40:
            continue
        if x == 41:
            continue
        if x == 42:
            continue
        if x == 43:
            continue
        if x == 44:
            continue
        if x == 45:
            continue
        if x == 46:
            continue
        if x == 47:
            continue
        if x == 48:
            continue
        if x == 49:
            continue
        if x == 50:
            continue
        if x == 51:
            continue
        if x == 52:
            continue
        if x == 53:
            continue
        if x == 54:
            continue
        if x == 55:
            continue
        if x == 56:
            continue
        if x == 57:
            continue
        if x == 58:
            continue
        if x == 59:
            continue
        if x == 60:
            continue
        if x == 61:
            continue
        if x == 62:
            continue
        if x == 63:
            continue
        if x == 64:
            continue
        if x == 65:
            continue
        if x == 66:
            continue
        if x == 67:
            continue
        if x == 68:
            continue
        if x == 69:
            continue
        if x == 70:
            continue
        if x == 71:
            continue
        if x == 72:
            continue
        if x == 73:
            continue
        if x == 74:
            continue
        if x == 75:
            continue
        if x == 76:
            continue
        if x == 77:
            continue
        if x == 78:
            continue
        if x == 79:
            continue
        if x == 80:
            continue
        if x == 81:
            continue
        if x == 82:
            continue
        if x == 83:
            continue
        if x == 84:
            continue
        if x == 85:
            continue
        if x == 86:
            continue
        if x == 87:
            continue
        if x == 88:
            continue
        if x == 89:
            continue
        if x == 90:
            continue
        if x == 91:
            continue
        if x == 92:
            continue
        if x == 93:
            continue
        if x == 94:
            continue
        if x == 95:
            continue
        if x == 96:
            continue
        if x == 97:
            continue
        if x == 98:
            continue
        if x == 99:
            continue
        if x == 100:
            continue
        if x == 101:
            continue
        if x == 102:
            continue
        if x == 103:
            continue
        if x == 104:
            continue
        if x == 105:
            continue
        if x == 106:
            continue
        if x == 107:
            continue
        if x == 108:
            continue
        if x == 109:
            continue
        if x == 110:
            continue
        if x == 111:
            continue
        if x == 112:
            continue
        if x == 113:
            continue
        if x == 114:
            continue
        if x == 115:
            continue
        if x == 116:
            continue
        if x == 117:
            continue
        if x == 118:
            continue
        if x == 119:
            continue
        if x == 120:
            continue
        if x == 121:
            continue
        if x == 122:
            continue
        if x == 123:
            continue
        if x == 124:
            continue
        if x == 125:
            continue
        if x == 126:
            continue
        if x == 127:
            continue
        if x == 128:
            continue
        if x == 129:
            continue
        if x == 130:
            continue
        if x == 131:
            continue
        if x == 132:
            continue
        if x == 133:
            continue
        if x == 134:
            continue
        if x == 135:
            continue
        if x == 136:
            continue
        if x == 137:
            continue
        if x == 138:
            continue
        if x == 139:
            continue
        if x == 140:
            continue
        if x == 141:
            continue
        if x == 142:
            continue
        if x == 143:
            continue
        if x == 144:
            continue
        if x == 145:
            continue
        if x == 146:
            continue
        if x == 147:
            continue
        if x == 148:
            continue
        if x == 149:
            continue
        if x == 150:
            continue
        if x == 151:
            continue
        if x == 152:
            continue
        if x == 153:
            continue
        if x == 154:
            continue
        if x == 155:
            continue
        if x == 156:
            continue
        if x == 157:
            continue
        if x == 158:
            continue
        if x == 159:
            continue
        if x == 160:
            continue
        if x == 161:
            continue
        if x == 162:
            continue
        if x == 163:
            continue
        if x == 164:
            continue
        if x == 165:
            continue
        if x == 166:
            continue
        if x == 167:
            continue
        if x == 168:
            continue
        if x == 169:
            continue
        if x == 170:
            continue
        if x == 171:
            continue
        if x == 172:
            continue
        if x == 173:
            continue
        if x == 174:
            continue
        if x == 175:
            continue
        if x == 176:
            continue
        if x == 177:
            continue
        if x == 178:
            continue
        if x == 179:
            continue
        if x == 180:
            continue
        if x == 181:
            continue
        if x == 182:
            continue
        if x == 183:
            continue
        if x == 184:
            continue
        if x == 185:
            continue
        if x == 186:
            continue
        if x == 187:
            continue
        if x == 188:
            continue
        if x == 189:
            continue
        if x == 190:
            continue
        if x == 191:
            continue
        if x == 192:
            continue
        if x == 193:
            continue
        if x == 194:
            continue
        if x == 195:
            continue
        if x == 196:
            continue
        if x == 197:
            continue
        if x == 198:
            continue
        if x == 199:
            continue
        if x == 200:
            continue
        if x == 201:
            continue
        if x == 202:
            continue
        if x == 203:
            continue
        if x == 204:
            continue
        if x == 205:
            continue
        if x == 206:
            continue
        if x == 207:
            continue
        if x == 208:
            continue
        if x == 209:
            continue
        if x == 210:
            continue
        if x == 211:
            continue
        if x == 212:
            continue
        if x == 213:
            continue
        if x == 214:
            continue
        if x == 215:
            continue
        if x == 216:
            continue
        if x == 217:
            continue
        if x == 218:
            continue
        if x == 219:
            continue
        if x == 220:
            continue
        if x == 221:
            continue
        if x == 222:
            continue
        if x == 223:
            continue
        if x == 224:
            continue
        if x == 225:
            continue
        if x == 226:
            continue
        if x == 227:
            continue
        if x == 228:
            continue
        if x == 229:
            continue
        if x == 230:
            continue
        if x == 231:
            continue
        if x == 232:
            continue
        if x == 233:
            continue
        if x == 234:
            continue
        if x == 235:
            continue
        if x == 236:
            continue
        if x == 237:
            continue
        if x == 238:
            continue
        if x == 239:
            continue
        if x == 240:
            continue
        if x == 241:
            continue
        if x == 242:
            continue
        if x == 243:
            continue
        if x == 244:
            continue
        if x == 245:
            continue
        if x == 246:
            continue
        if x == 247:
            continue
        if x == 248:
            continue
        if x == 249:
            continue
        if x == 250:
            continue
        if x == 251:
            continue
        if x == 252:
            continue
        if x == 253:
            continue
        if x == 254:
            continue
        if x == 255:
            continue
        if x == 256:
            continue
        if x == 257:
            continue
        if x == 258:
            continue
        if x == 259:
            continue
        if x == 260:
            continue
        if x == 261:
            continue
        if x == 262:
            continue
        if x == 263:
            continue
        if x == 264:
            continue
        if x == 265:
            continue
        if x == 266:
            continue
        if x == 267:
            continue
        if x == 268:
            continue
        if x == 269:
            continue
        if x == 270:
            continue
        if x == 271:
            continue
        if x == 272:
            continue
        if x == 273:
            continue
        if x == 274:
            continue
        if x == 275:
            continue
        if x == 276:
            continue
        if x == 277:
            continue
        if x == 278:
            continue
        if x == 279:
            continue
        if x == 280:
            continue
        if x == 281:
            continue
        if x == 282:
            continue
        if x == 283:
            continue
        if x == 284:
            continue
        if x == 285:
            continue
        if x == 286:
            continue
        if x == 287:
            continue
        if x == 288:
            continue
        if x == 289:
            continue
        if x == 290:
            continue
        if x == 291:
            continue
        if x == 292:
            continue
        if x == 293:
            continue
        if x == 294:
            continue
        if x == 295:
            continue
        if x == 296:
            continue
        if x == 297:
            continue
        if x == 298:
            continue
        if x == 299:
            continue
        if x == 300:
            continue
        if x == 301:
            continue
        if x == 302:
            continue
        if x == 303:
            continue
        if x == 304:
            continue
        if x == 305:
            continue
        if x == 306:
            continue
        if x == 307:
            continue
        if x == 308:
            continue
        if x == 309:
            continue
        if x == 310:
            continue
        if x == 311:
            continue
        if x == 312:
            continue
        if x == 313:
            continue
        if x == 314:
            continue
        if x == 315:
            continue
        if x == 316:
            continue
        if x == 317:
            continue
        if x == 318:
            continue
        if x == 319:
            continue
        if x == 320:
            continue
        if x == 321:
            continue
        if x == 322:
            continue
        if x == 323:
            continue
        if x == 324:
            continue
        if x == 325:
            continue
        if x == 326:
            continue
        if x == 327:
            continue
        if x == 328:
            continue
        if x == 329:
            continue
        if x == 330:
            continue
        if x == 331:
            continue
        if x == 332:
            continue
        if x == 333:
            continue
        if x == 334:
            continue
        if x == 335:
            continue
        if x == 336:
            continue
        if x == 337:
            continue
        if x == 338:
            continue
        if x == 339:
            continue
        if x == 340:
            continue
        if x == 341:
            continue
        if x == 342:
            continue
        if x == 343:
            continue
        if x == 344:
            continue
        if x == 345:
            continue
        if x == 346:
            continue
        if x == 347:
            continue
        if x == 348:
            continue
        if x == 349:
            continue
        if x == 350:
            continue
        if x == 351:
            continue
        if x == 352:
            continue
        if x == 353:
            continue
        if x == 354:
            continue
        if x == 355:
            continue
        if x == 356:
            continue
        if x == 357:
            continue
        if x == 358:
            continue
        if x == 359:
            continue
        if x == 360:
            continue
        if x == 361:
            continue
        if x == 362:
            continue
        if x == 363:
            continue
        if x == 364:
            continue
        if x == 365:
            continue
        if x == 366:
            continue
        if x == 367:
            continue
        if x == 368:
            continue
        if x == 369:
            continue
        if x == 370:
            continue
        if x == 371:
            continue
        if x == 372:
            continue
        if x == 373:
            continue
        if x == 374:
            continue
        if x == 375:
            continue
        if x == 376:
            continue
        if x == 377:
            continue
        if x == 378:
            continue
        if x == 379:
            continue
        if x == 380:
            continue
        if x == 381:
            continue
        if x == 382:
            continue
        if x == 383:
            continue
        if x == 384:
            continue
        if x == 385:
            continue
        if x == 386:
            continue
        if x == 387:
            continue
        if x == 388:
            continue
        if x == 389:
            continue
        if x == 390:
            continue
        if x == 391:
            continue
        if x == 392:
            continue
        if x == 393:
            continue
        if x == 394:
            continue
        if x == 395:
            continue
        if x == 396:
            continue
        if x == 397:
            continue
        if x == 398:
            continue
        if x == 399:
            continue
        if x == 400:
            continue
        if x == 401:
            continue
        if x == 402:
            continue
        if x == 403:
            continue
        if x == 404:
            continue
        if x == 405:
            continue
        if x == 406:
            continue
        if x == 407:
            continue
        if x == 408:
            continue
        if x == 409:
            continue
        if x == 410:
            continue
        if x == 411:
            continue
        if x == 412:
            continue
        if x == 413:
            continue
        if x == 414:
            continue
        if x == 415:
            continue
        if x == 416:
            continue
        if x == 417:
            continue
        if x == 418:
            continue
        if x == 419:
            continue
        if x == 420:
            continue
        if x == 421:
            continue
        if x == 422:
            continue
        if x == 423:
            continue
        if x == 424:
            continue
        if x == 425:
            continue
        if x == 426:
            continue
        if x == 427:
            continue
        if x == 428:
            continue
        if x == 429:
            continue
        if x == 430:
            continue
        if x == 431:
            continue
        if x == 432:
            continue
        if x == 433:
            continue
        if x == 434:
            continue
        if x == 435:
            continue
        if x == 436:
            continue
        if x == 437:
            continue
        if x == 438:
            continue
        if x == 439:
            continue
        if x == 440:
            continue
        if x == 441:
            continue
        if x == 442:
            continue
        if x == 443:
            continue
        if x == 444:
            continue
        if x == 445:
            continue
        if x == 446:
            continue
        if x == 447:
            continue
        if x == 448:
            continue
        if x == 449:
            continue
        if x == 450:
            continue
        if x == 451:
            continue
        if x == 452:
            continue
        if x == 453:
            continue
        if x == 454:
            continue
        if x == 455:
            continue
        if x == 456:
            continue
        if x == 457:
            continue
        if x == 458:
            continue
        if x == 459:
            continue
        if x == 460:
            continue
        if x == 461:
            continue
        if x == 462:
            continue
        if x == 463:
            continue
        if x == 464:
            continue
        if x == 465:
            continue
        if x == 466:
            continue
        if x == 467:
            continue
        if x == 468:
            continue
        if x == 469:
            continue
        if x == 470:
            continue
        if x == 471:
            continue
        if x == 472:
            continue
        if x == 473:
            continue
        if x == 474:
            continue
        if x == 475:
            continue
        if x == 476:
            continue
        if x == 477:
            continue
        if x == 478:
            continue
        if x == 479:
            continue
        if x == 480:
            continue
        if x == 481:
            continue
        if x == 482:
            continue
        if x == 483:
            continue
        if x == 484:
            continue
        if x == 485:
            continue
        if x == 486:
            continue
        if x == 487:
            continue
        if x == 488:
            continue
        if x == 489:
            continue
        if x == 490:
            continue
        if x == 491:
            continue
        if x == 492:
            continue
        if x == 493:
            continue
        if x == 494:
            continue
        if x == 495:
            continue
        if x == 496:
            continue
        if x == 497:
            continue
        if x == 498:
            continue
        if x == 499:
            continue
        if x == 500:
            continue
        if x == 501:
            continue
        if x == 502:
            continue
        if x == 503:
            continue
        if x == 504:
            continue
        if x == 505:
            continue
        if x == 506:
            continue
        if x == 507:
            continue
        if x == 508:
            continue
        if x == 509:
            continue
        if x == 510:
            continue
        if x == 511:
            continue
        if x == 512:
            continue
        if x == 513:
            continue
        if x == 514:
            continue
        if x == 515:
            continue
        if x == 516:
            continue
        if x == 517:
            continue
        if x == 518:
            continue
        if x == 519:
            continue
        if x == 520:
            continue
        if x == 521:
            continue
        if x == 522:
            continue
        if x == 523:
            continue
        if x == 524:
            continue
        if x == 525:
            continue
        if x == 526:
            continue
        if x == 527:
            continue
        if x == 528:
            continue
        if x == 529:
            continue
        if x == 530:
            continue
        if x == 531:
            continue
        if x == 532:
            continue
        if x == 533:
            continue
        if x == 534:
            continue
        if x == 535:
            continue
        if x == 536:
            continue
        if x == 537:
            continue
        if x == 538:
            continue
        if x == 539:
            continue
        if x == 540:
            continue
        if x == 541:
            continue
        if x == 542:
            continue
        if x == 543:
            continue
        if x == 544:
            continue
        if x == 545:
            continue
        if x == 546:
            continue
        if x == 547:
            continue
        if x == 548:
            continue
        if x == 549:
            continue
        if x == 550:
            continue
        if x == 551:
            continue
        if x == 552:
            continue
        if x == 553:
            continue
        if x == 554:
            continue
        if x == 555:
            continue
        if x == 556:
            continue
        if x == 557:
            continue
        if x == 558:
            continue
        if x == 559:
            continue
        if x == 560:
            continue
        if x == 561:
            continue
        if x == 562:
            continue
        if x == 563:
            continue
        if x == 564:
            continue
        if x == 565:
            continue
        if x == 566:
            continue
        if x == 567:
            continue
        if x == 568:
            continue
        if x == 569:
            continue
        if x == 570:
            continue
        if x == 571:
            continue
        if x == 572:
            continue
        if x == 573:
            continue
        if x == 574:
            continue
        if x == 575:
            continue
        if x == 576:
            continue
        if x == 577:
            continue
        if x == 578:
            continue
        if x == 579:
            continue
        if x == 580:
            continue
        if x == 581:
            continue
        if x == 582:
            continue
        if x == 583:
            continue
        if x == 584:
            continue
        if x == 585:
            continue
        if x == 586:
            continue
        if x == 587:
            continue
        if x == 588:
            continue
        if x == 589:
            continue
        if x == 590:
            continue
        if x == 591:
            continue
        if x == 592:
            continue
        if x == 593:
            continue
        if x == 594:
            continue
        if x == 595:
            continue
        if x == 596:
            continue
        if x == 597:
            continue
        if x == 598:
            continue
        if x == 599:
            continue
        if x == 600:
            continue
        if x == 601:
            continue
        if x == 602:
            continue
        if x == 603:
            continue
        if x == 604:
            continue
        if x == 605:
            continue
        if x == 606:
            continue
        if x == 607:
            continue
        if x == 608:
            continue
        if x == 609:
            continue
        if x == 610:
            continue
        if x == 611:
            continue
        if x == 612:
            continue
        if x == 613:
            continue
        if x == 614:
            continue
        if x == 615:
            continue
        if x == 616:
            continue
        if x == 617:
            continue
        if x == 618:
            continue
        if x == 619:
            continue
        if x == 620:
            continue
        if x == 621:
            continue
        if x == 622:
            continue
        if x == 623:
            continue
        if x == 624:
            continue
        if x == 625:
            continue
        if x == 626:
            continue
        if x == 627:
            continue
        if x == 628:
            continue
        if x == 629:
            continue
        if x == 630:
            continue
        if x == 631:
            continue
        if x == 632:
            continue
        if x == 633:
            continue
        if x == 634:
            continue
        if x == 635:
            continue
        if x == 636:
            continue
        if x == 637:
            continue
        if x == 638:
            continue
        if x == 639:
            continue
        if x == 640:
            continue
        if x == 641:
            continue
        if x == 642:
            continue
        if x == 643:
            continue
        if x == 644:
            continue
        if x == 645:
            continue
        if x == 646:
            continue
        if x == 647:
            continue
        if x == 648:
            continue
        if x == 649:
            continue
        if x == 650:
            continue
        if x == 651:
            continue
        if x == 652:
            continue
        if x == 653:
            continue
        if x == 654:
            continue
        if x == 655:
            continue
        if x == 656:
            continue
        if x == 657:
            continue
        if x == 658:
            continue
        if x == 659:
            continue
        if x == 660:
            continue
        if x == 661:
            continue
        if x == 662:
            continue
        if x == 663:
            continue
        if x == 664:
            continue
        if x == 665:
            continue
        if x == 666:
            continue
        if x == 667:
            continue
        if x == 668:
            continue
        if x == 669:
            continue
        if x == 670:
            continue
        if x == 671:
            continue
        if x == 672:
            continue
        if x == 673:
            continue
        if x == 674:
            continue
        if x == 675:
            continue
        if x == 676:
            continue
        if x == 677:
            continue
        if x == 678:
            continue
        if x == 679:
            continue
        if x == 680:
            continue
        if x == 681:
            continue
        if x == 682:
            continue
        if x == 683:
            continue
        if x == 684:
            continue
        if x == 685:
            continue
        if x == 686:
            continue
        if x == 687:
            continue
        if x == 688:
            continue
        if x == 689:
            continue
        if x == 690:
            continue
        if x == 691:
            continue
        if x == 692:
            continue
        if x == 693:
            continue
        if x == 694:
            continue
        if x == 695:
            continue
        if x == 696:
            continue
        if x == 697:
            continue
        if x == 698:
            continue
        if x == 699:
            continue
        if x == 700:
            continue
        if x == 701:
            continue
        if x == 702:
            continue
        if x == 703:
            continue
        if x == 704:
            continue
        if x == 705:
            continue
        if x == 706:
            continue
        if x == 707:
            continue
        if x == 708:
            continue
        if x == 709:
            continue
        if x == 710:
            continue
        if x == 711:
            continue
        if x == 712:
            continue
        if x == 713:
            continue
        if x == 714:
            continue
        if x == 715:
            continue
        if x == 716:
            continue
        if x == 717:
            continue
        if x == 718:
            continue
        if x == 719:
            continue
        if x == 720:
            continue
        if x == 721:
            continue
        if x == 722:
            continue
        if x == 723:
            continue
        if x == 724:
            continue
        if x == 725:
            continue
        if x == 726:
            continue
        if x == 727:
            continue
        if x == 728:
            continue
        if x == 729:
            continue
        if x == 730:
            continue
        if x == 731:
            continue
        if x == 732:
            continue
        if x == 733:
            continue
        if x == 734:
            continue
        if x == 735:
            continue
        if x == 736:
            continue
        if x == 737:
            continue
        if x == 738:
            continue
        if x == 739:
            continue
        if x == 740:
            continue
        if x == 741:
            continue
        if x == 742:
            continue
        if x == 743:
            continue
        if x == 744:
            continue
        if x == 745:
            continue
        if x == 746:
            continue
        if x == 747:
            continue
        if x == 748:
            continue
        if x == 749:
            continue
        if x == 750:
            continue
        if x == 751:
            continue
        if x == 752:
            continue
        if x == 753:
            continue
        if x == 754:
            continue
        if x == 755:
            continue
        if x == 756:
            continue
        if x == 757:
            continue
        if x == 758:
            continue
        if x == 759:
            continue
        if x == 760:
            continue
        if x == 761:
            continue
        if x == 762:
            continue
        if x == 763:
            continue
        if x == 764:
            continue
        if x == 765:
            continue
        if x == 766:
            continue
        if x == 767:
            continue
        if x == 768:
            continue
        if x == 769:
            continue
        if x == 770:
            continue
        if x == 771:
            continue
        if x == 772:
            continue
        if x == 773:
            continue
        if x == 774:
            continue
        if x == 775:
            continue
        if x == 776:
            continue
        if x == 777:
            continue
        if x == 778:
            continue
        if x == 779:
            continue
        if x == 780:
            continue
        if x == 781:
            continue
        if x == 782:
            continue
        if x == 783:
            continue
        if x == 784:
            continue
        if x == 785:
            continue
        if x == 786:
            continue
        if x == 787:
            continue
        if x == 788:
            continue
        if x == 789:
            continue
        if x == 790:
            continue
        if x == 791:
            continue
        if x == 792:
            continue
        if x == 793:
            continue
        if x == 794:
            continue
        if x == 795:
            continue
        if x == 796:
            continue
        if x == 797:
            continue
        if x == 798:
            continue
        if x == 799:
            continue
        if x == 800:
            continue
        if x == 801:
            continue
        if x == 802:
            continue
        if x == 803:
            continue
        if x == 804:
            continue
        if x == 805:
            continue
        if x == 806:
            continue
        if x == 807:
            continue
        if x == 808:
            continue
        if x == 809:
            continue
        if x == 810:
            continue
        if x == 811:
            continue
        if x == 812:
            continue
        if x == 813:
            continue
        if x == 814:
            continue
        if x == 815:
            continue
        if x == 816:
            continue
        if x == 817:
            continue
        if x == 818:
            continue
        if x == 819:
            continue
        if x == 820:
            continue
        if x == 821:
            continue
        if x == 822:
            continue
        if x == 823:
            continue
        if x == 824:
            continue
        if x == 825:
            continue
        if x == 826:
            continue
        if x == 827:
            continue
        if x == 828:
            continue
        if x == 829:
            continue
        if x == 830:
            continue
        if x == 831:
            continue
        if x == 832:
            continue
        if x == 833:
            continue
        if x == 834:
            continue
        if x == 835:
            continue
        if x == 836:
            continue
        if x == 837:
            continue
        if x == 838:
            continue
        if x == 839:
            continue
        if x == 840:
            continue
        if x == 841:
            continue
        if x == 842:
            continue
        if x == 843:
            continue
        if x == 844:
            continue
        if x == 845:
            continue
        if x == 846:
            continue
        if x == 847:
            continue
        if x == 848:
            continue
        if x == 849:
            continue
        if x == 850:
            continue
        if x == 851:
            continue
        if x == 852:
            continue
        if x == 853:
            continue
        if x == 854:
            continue
        if x == 855:
            continue
        if x == 856:
            continue
        if x == 857:
            continue
        if x == 858:
            continue
        if x == 859:
            continue
        if x == 860:
            continue
        if x == 861:
            continue
        if x == 862:
            continue
        if x == 863:
            continue
        if x == 864:
            continue
        if x == 865:
            continue
        if x == 866:
            continue
        if x == 867:
            continue
        if x == 868:
            continue
        if x == 869:
            continue
        if x == 870:
            continue
        if x == 871:
            continue
        if x == 872:
            continue
        if x == 873:
            continue
        if x == 874:
            continue
        if x == 875:
            continue
        if x == 876:
            continue
        if x == 877:
            continue
        if x == 878:
            continue
        if x == 879:
            continue
        if x == 880:
            continue
        if x == 881:
            continue
        if x == 882:
            continue
        if x == 883:
            continue
        if x == 884:
            continue
        if x == 885:
            continue
        if x == 886:
            continue
        if x == 887:
            continue
        if x == 888:
            continue
        if x == 889:
            continue
        if x == 890:
            continue
        if x == 891:
            continue
        if x == 892:
            continue
        if x == 893:
            continue
        if x == 894:
            continue
        if x == 895:
            continue
        if x == 896:
            continue
        if x == 897:
            continue
        if x == 898:
            continue
        if x == 899:
            continue
        if x == 900:
            continue
        if x == 901:
            continue
        if x == 902:
            continue
        if x == 903:
            continue
        if x == 904:
            continue
        if x == 905:
            continue
        if x == 906:
            continue
        if x == 907:
            continue
        if x == 908:
            continue
        if x == 909:
            continue
        if x == 910:
            continue
        if x == 911:
            continue
        if x == 912:
            continue
        if x == 913:
            continue
        if x == 914:
            continue
        if x == 915:
            continue
        if x == 916:
            continue
        if x == 917:
            continue
        if x == 918:
            continue
        if x == 919:
            continue
        if x == 920:
            continue
        if x == 921:
            continue
        if x == 922:
            continue
        if x == 923:
            continue
        if x == 924:
            continue
        if x == 925:
            continue
        if x == 926:
            continue
        if x == 927:
            continue
        if x == 928:
            continue
        if x == 929:
            continue
        if x == 930:
            continue
        if x == 931:
            continue
        if x == 932:
            continue
        if x == 933:
            continue
        if x == 934:
            continue
        if x == 935:
            continue
        if x == 936:
            continue
        if x == 937:
            continue
        if x == 938:
            continue
        if x == 939:
            continue
        if x == 940:
            continue
        if x == 941:
            continue
        if x == 942:
            continue
        if x == 943:
            continue
        if x == 944:
            continue
        if x == 945:
            continue
        if x == 946:
            continue
        if x == 947:
            continue
        if x == 948:
            continue
        if x == 949:
            continue
        if x == 950:
            continue
        if x == 951:
            continue
        if x == 952:
            continue
        if x == 953:
            continue
        if x == 954:
            continue
        if x == 955:
            continue
        if x == 956:
            continue
        if x == 957:
            continue
        if x == 958:
            continue
        if x == 959:
            continue
        if x == 960:
            continue
        if x == 961:
            continue
        if x == 962:
            continue
        if x == 963:
            continue
        if x == 964:
            continue
        if x == 965:
            continue
        if x == 966:
            continue
        if x == 967:
            continue
        if x == 968:
            continue
        if x == 969:
            continue
        if x == 970:
            continue
        if x == 971:
            continue
        if x == 972:
            continue
        if x == 973:
            continue
        if x == 974:
            continue
        if x == 975:
            continue
        if x == 976:
            continue
        if x == 977:
            continue
        if x == 978:
            continue
        if x == 979:
            continue
        if x == 980:
            continue
        if x == 981:
            continue
        if x == 982:
            continue
        if x == 983:
            continue
        if x == 984:
            continue
        if x == 985:
            continue
        if x == 986:
            continue
        if x == 987:
            continue
        if x == 988:
            continue
        if x == 989:
            continue
        if x == 990:
            continue
        if x == 991:
            continue
        if x == 992:
            continue
        if x == 993:
            continue
        if x == 994:
            continue
        if x == 995:
            continue
        if x == 996:
            continue
        if x == 997:
            continue
        if x == 998:
            continue
        if x == 999:
            continue
        if x == 1000:
            continue
        if x == 1001:
            continue
        if x == 1002:
            continue
        if x == 1003:
            continue
        if x == 1004:
            continue
        if x == 1005:
            continue
        if x == 1006:
            continue
        if x == 1007:
            continue
        if x == 1008:
            continue
        if x == 1009:
            continue
        if x == 1010:
            continue
        if x == 1011:
            continue
        if x == 1012:
            continue
        if x == 1013:
            continue
        if x == 1014:
            continue
        if x == 1015:
            continue
        if x == 1016:
            continue
        if x == 1017:
            continue
        if x == 1018:
            continue
        if x == 1019:
            continue
        if x == 1020:
            continue
        if x == 1021:
            continue
        if x == 1022:
            continue
        if x == 1023:
            continue
        if x == 1024:
            continue
        if x == 1025:
            continue
        if x == 1026:
            continue
        if x == 1027:
            continue
        if x == 1028:
            continue
        if x == 1029:
            continue
        if x == 1030:
            continue
        if x == 1031:
            continue
        if x == 1032:
            continue
        if x == 1033:
            continue
        if x == 1034:
            continue
        if x == 1035:
            continue
        if x == 1036:
            continue
        if x == 1037:
            continue
        if x == 1038:
            continue
        if x == 1039:
            continue
        if x == 1040:
            continue
        if x == 1041:
            continue
        if x == 1042:
            continue
        if x == 1043:
            continue
        if x == 1044:
            continue
        if x == 1045:
            continue
        if x == 1046:
            continue
        if x == 1047:
            continue
        if x == 1048:
            continue
        if x == 1049:
            continue
        if x == 1050:
            continue
        if x == 1051:
            continue
        if x == 1052:
            continue
        if x == 1053:
            continue
        if x == 1054:
            continue
        if x == 1055:
            continue
        if x == 1056:
            continue
        if x == 1057:
            continue
        if x == 1058:
            continue
        if x == 1059:
            continue
        if x == 1060:
            continue
        if x == 1061:
            continue
        if x == 1062:
            continue
        if x == 1063:
            continue
        if x == 1064:
            continue
        if x == 1065:
            continue
        if x == 1066:
            continue
        if x == 1067:
            continue
        if x == 1068:
            continue
        if x == 1069:
            continue
        if x == 1070:
            continue
        if x == 1071:
            continue
        if x == 1072:
            continue
        if x == 1073:
            continue
        if x == 1074:
            continue
        if x == 1075:
            continue
        if x == 1076:
            continue
        if x == 1077:
            continue
        if x == 1078:
            continue
        if x == 1079:
            continue
        if x == 1080:
            continue
        if x == 1081:
            continue
        if x == 1082:
            continue
        if x == 1083:
            continue
        if x == 1084:
            continue
        if x == 1085:
            continue
        if x == 1086:
            continue
        if x == 1087:
            continue
        if x == 1088:
            continue
        if x == 1089:
            continue
        if x == 1090:
            continue
        if x == 1091:
            continue
        if x == 1092:
            continue
        if x == 1093:
            continue
        if x == 1094:
            continue
        if x == 1095:
            continue
        if x == 1096:
            continue
        if x == 1097:
            continue
        if x == 1098:
            continue
        if x == 1099:
            continue
        if x == 1100:
            continue
        if x == 1101:
            continue
        if x == 1102:
            continue
        if x == 1103:
            continue
        if x == 1104:
            continue
        if x == 1105:
            continue
        if x == 1106:
            continue
        if x == 1107:
            continue
        if x == 1108:
            continue
        if x == 1109:
            continue
        if x == 1110:
            continue
        if x == 1111:
            continue
        if x == 1112:
            continue
        if x == 1113:
            continue
        if x == 1114:
            continue
        if x == 1115:
            continue
        if x == 1116:
            continue
        if x == 1117:
            continue
        if x == 1118:
            continue
        if x == 1119:
            continue
        if x == 1120:
            continue
        if x == 1121:
            continue
        if x == 1122:
            continue
        if x == 1123:
            continue
        if x == 1124:
            continue
        if x == 1125:
            continue
        if x == 1126:
            continue
        if x == 1127:
            continue
        if x == 1128:
            continue
        if x == 1129:
            continue
        if x == 1130:
            continue
        if x == 1131:
            continue
        if x == 1132:
            continue
        if x == 1133:
            continue
        if x == 1134:
            continue
        if x == 1135:
            continue
        if x == 1136:
            continue
        if x == 1137:
            continue
        if x == 1138:
            continue
        if x == 1139:
            continue
        if x == 1140:
            continue
        if x == 1141:
            continue
        if x == 1142:
            continue
        if x == 1143:
            continue
        if x == 1144:
            continue
        if x == 1145:
            continue
        if x == 1146:
            continue
        if x == 1147:
            continue
        if x == 1148:
            continue
        if x == 1149:
            continue
        if x == 1150:
            continue
        if x == 1151:
            continue
        if x == 1152:
            continue
        if x == 1153:
            continue
        if x == 1154:
            continue
        if x == 1155:
            continue
        if x == 1156:
            continue
        if x == 1157:
            continue
        if x == 1158:
            continue
        if x == 1159:
            continue
        if x == 1160:
            continue
        if x == 1161:
            continue
        if x == 1162:
            continue
        if x == 1163:
            continue
        if x == 1164:
            continue
        if x == 1165:
            continue
        if x == 1166:
            continue
        if x == 1167:
            continue
        if x == 1168:
            continue
        if x == 1169:
            continue
        if x == 1170:
            continue
        if x == 1171:
            continue
        if x == 1172:
            continue
        if x == 1173:
            continue
        if x == 1174:
            continue
        if x == 1175:
            continue
        if x == 1176:
            continue
        if x == 1177:
            continue
        if x == 1178:
            continue
        if x == 1179:
            continue
        if x == 1180:
            continue
        if x == 1181:
            continue
        if x == 1182:
            continue
        if x == 1183:
            continue
        if x == 1184:
            continue
        if x == 1185:
            continue
        if x == 1186:
            continue
        if x == 1187:
            continue
        if x == 1188:
            continue
        if x == 1189:
            continue
        if x == 1190:
            continue
        if x == 1191:
            continue
        if x == 1192:
            continue
        if x == 1193:
            continue
        if x == 1194:
            continue
        if x == 1195:
            continue
        if x == 1196:
            continue
        if x == 1197:
            continue
        if x == 1198:
            continue
        if x == 1199:
            continue
        if x == 1200:
            continue
        if x == 1201:
            continue
        if x == 1202:
            continue
        if x == 1203:
            continue
        if x == 1204:
            continue
        if x == 1205:
            continue
        if x == 1206:
            continue
        if x == 1207:
            continue
        if x == 1208:
            continue
        if x == 1209:
            continue
        if x == 1210:
            continue
        if x == 1211:
            continue
        if x == 1212:
            continue
        if x == 1213:
            continue
        if x == 1214:
            continue
        if x == 1215:
            continue
        if x == 1216:
            continue
        if x == 1217:
            continue
        if x == 1218:
            continue
        if x == 1219:
            continue
        if x == 1220:
            continue
        if x == 1221:
            continue
        if x == 1222:
            continue
        if x == 1223:
            continue
        if x == 1224:
            continue
        if x == 1225:
            continue
        if x == 1226:
            continue
        if x == 1227:
            continue
        if x == 1228:
            continue
        if x == 1229:
            continue
        if x == 1230:
            continue
        if x == 1231:
            continue
        if x == 1232:
            continue
        if x == 1233:
            continue
        if x == 1234:
            continue
        if x == 1235:
            continue
        if x == 1236:
            continue
        if x == 1237:
            continue
        if x == 1238:
            continue
        if x == 1239:
            continue
        if x == 1240:
            continue
        if x == 1241:
            continue
        if x == 1242:
            continue
        if x == 1243:
            continue
        if x == 1244:
            continue
        if x == 1245:
            continue
        if x == 1246:
            continue
        if x == 1247:
            continue
        if x == 1248:
            continue
        if x == 1249:
            continue
        if x == 1250:
            continue
        if x == 1251:
            continue
        if x == 1252:
            continue
        if x == 1253:
            continue
        if x == 1254:
            continue
        if x == 1255:
            continue
        if x == 1256:
            continue
        if x == 1257:
            continue
        if x == 1258:
            continue
        if x == 1259:
            continue
        if x == 1260:
            continue
        if x == 1261:
            continue
        if x == 1262:
            continue
        if x == 1263:
            continue
        if x == 1264:
            continue
        if x == 1265:
            continue
        if x == 1266:
            continue
        if x == 1267:
            continue
        if x == 1268:
            continue
        if x == 1269:
            continue
        if x == 1270:
            continue
        if x == 1271:
            continue
        if x == 1272:
            continue
        if x == 1273:
            continue
        if x == 1274:
            continue
        if x == 1275:
            continue
        if x == 1276:
            continue
        if x == 1277:
            continue
        if x == 1278:
            continue
        if x == 1279:
            continue
        if x == 1280:
            continue
        if x == 1281:
            continue
        if x == 1282:
            continue
        if x == 1283:
            continue
        if x == 1284:
            continue
        if x == 1285:
            continue
        if x == 1286:
            continue
        if x == 1287:
            continue
        if x == 1288:
            continue
        if x == 1289:
            continue
        if x == 1290:
            continue
        if x == 1291:
            continue
        if x == 1292:
            continue
        if x == 1293:
            continue
        if x == 1294:
            continue
        if x == 1295:
            continue
        if x == 1296:
            continue
        if x == 1297:
            continue
        if x == 1298:
            continue
        if x == 1299:
            continue
        if x == 1300:
            continue
        if x == 1301:
            continue
        if x == 1302:
            continue
        if x == 1303:
            continue
        if x == 1304:
            continue
        if x == 1305:
            continue
        if x == 1306:
            continue
        if x == 1307:
            continue
        if x == 1308:
            continue
        if x == 1309:
            continue
        if x == 1310:
            continue
        if x == 1311:
            continue
        if x == 1312:
            continue
        if x == 1313:
            continue
        if x == 1314:
            continue
        if x == 1315:
            continue
        if x == 1316:
            continue
        if x == 1317:
            continue
        if x == 1318:
            continue
        if x == 1319:
            continue
        if x == 1320:
            continue
        if x == 1321:
            continue
        if x == 1322:
            continue
        if x == 1323:
            continue
        if x == 1324:
            continue
        if x == 1325:
            continue
        if x == 1326:
            continue
        if x == 1327:
            continue
        if x == 1328:
            continue
        if x == 1329:
            continue
        if x == 1330:
            continue
        if x == 1331:
            continue
        if x == 1332:
            continue
        if x == 1333:
            continue
        if x == 1334:
            continue
        if x == 1335:
            continue
        if x == 1336:
            continue
        if x == 1337:
            continue
        if x == 1338:
            continue
        if x == 1339:
            continue
        if x == 1340:
            continue
        if x == 1341:
            continue
        if x == 1342:
            continue
        if x == 1343:
            continue
        if x == 1344:
            continue
        if x == 1345:
            continue
        if x == 1346:
            continue
        if x == 1347:
            continue
        if x == 1348:
            continue
        if x == 1349:
            continue
        if x == 1350:
            continue
        if x == 1351:
            continue
        if x == 1352:
            continue
        if x == 1353:
            continue
        if x == 1354:
            continue
        if x == 1355:
            continue
        if x == 1356:
            continue
        if x == 1357:
            continue
        if x == 1358:
            continue
        if x == 1359:
            continue
        if x == 1360:
            continue
        if x == 1361:
            continue
        if x == 1362:
            continue
        if x == 1363:
            continue
        if x == 1364:
            continue
        if x == 1365:
            continue
        if x == 1366:
            continue
        if x == 1367:
            continue
        if x == 1368:
            continue
        if x == 1369:
            continue
        if x == 1370:
            continue
        if x == 1371:
            continue
        if x == 1372:
            continue
        if x == 1373:
            continue
        if x == 1374:
            continue
        if x == 1375:
            continue
        if x == 1376:
            continue
        if x == 1377:
            continue
        if x == 1378:
            continue
        if x == 1379:
            continue
        if x == 1380:
            continue
        if x == 1381:
            continue
        if x == 1382:
            continue
        if x == 1383:
            continue
        if x == 1384:
            continue
        if x == 1385:
            continue
        if x == 1386:
            continue
        if x == 1387:
            continue
        if x == 1388:
            continue
        if x == 1389:
            continue
        if x == 1390:
            continue
        if x == 1391:
            continue
        if x == 1392:
            continue
        if x == 1393:
            continue
        if x == 1394:
            continue
        if x == 1395:
            continue
        if x == 1396:
            continue
        if x == 1397:
            continue
        if x == 1398:
            continue
        if x == 1399:
            continue
        if x == 1400:
            continue
        if x == 1401:
            continue
        if x == 1402:
            continue
        if x == 1403:
            continue
        if x == 1404:
            continue
        if x == 1405:
            continue
        if x == 1406:
            continue
        if x == 1407:
            continue
        if x == 1408:
            continue
        if x == 1409:
            continue
        if x == 1410:
            continue
        if x == 1411:
            continue
        if x == 1412:
            continue
        if x == 1413:
            continue
        if x == 1414:
            continue
        if x == 1415:
            continue
        if x == 1416:
            continue
        if x == 1417:
            continue
        if x == 1418:
            continue
        if x == 1419:
            continue
        if x == 1420:
            continue
        if x == 1421:
            continue
        if x == 1422:
            continue
        if x == 1423:
            continue
        if x == 1424:
            continue
        if x == 1425:
            continue
        if x == 1426:
            continue
        if x == 1427:
            continue
        if x == 1428:
            continue
        if x == 1429:
            continue
        if x == 1430:
            continue
        if x == 1431:
            continue
        if x == 1432:
            continue
        if x == 1433:
            continue
        if x == 1434:
            continue
        if x == 1435:
            continue
        if x == 1436:
            continue
        if x == 1437:
            continue
        if x == 1438:
            continue
        if x == 1439:
            continue
        if x == 1440:
            continue
        if x == 1441:
            continue
        if x == 1442:
            continue
        if x == 1443:
            continue
        if x == 1444:
            continue
        if x == 1445:
            continue
        if x == 1446:
            continue
        if x == 1447:
            continue
        if x == 1448:
            continue
        if x == 1449:
            continue
        if x == 1450:
            continue
        if x == 1451:
            continue
        if x == 1452:
            continue
        if x == 1453:
            continue
        if x == 1454:
            continue
        if x == 1455:
            continue
        if x == 1456:
            continue
        if x == 1457:
            continue
        if x == 1458:
            continue
        if x == 1459:
            continue
        if x == 1460:
            continue
        if x == 1461:
            continue
        if x == 1462:
            continue
        if x == 1463:
            continue
        if x == 1464:
            continue
        if x == 1465:
            continue
        if x == 1466:
            continue
        if x == 1467:
            continue
        if x == 1468:
            continue
        if x == 1469:
            continue
        if x == 1470:
            continue
        if x == 1471:
            continue
        if x == 1472:
            continue
        if x == 1473:
            continue
        if x == 1474:
            continue
        if x == 1475:
            continue
        if x == 1476:
            continue
        if x == 1477:
            continue
        if x == 1478:
            continue
        if x == 1479:
            continue
        if x == 1480:
            continue
        if x == 1481:
            continue
        if x == 1482:
            continue
        if x == 1483:
            continue
        if x == 1484:
            continue
        if x == 1485:
            continue
        if x == 1486:
            continue
        if x == 1487:
            continue
        if x == 1488:
            continue
        if x == 1489:
            continue
        if x == 1490:
            continue
        if x == 1491:
            continue
        if x == 1492:
            continue
        if x == 1493:
            continue
        if x == 1494:
            continue
        if x == 1495:
            continue
        if x == 1496:
            continue
        if x == 1497:
            continue
        if x == 1498:
            continue
        if x == 1499:
            continue
        if x == 1500:
            continue
        if x == 1501:
            continue
        if x == 1502:
            continue
        if x == 1503:
            continue
        if x == 1504:
            continue
        if x == 1505:
            continue
        if x == 1506:
            continue
        if x == 1507:
            continue
        if x == 1508:
            continue
        if x == 1509:
            continue
        if x == 1510:
            continue
        if x == 1511:
            continue
        if x == 1512:
            continue
        if x == 1513:
            continue
        if x == 1514:
            continue
        if x == 1515:
            continue
        if x == 1516:
            continue
        if x == 1517:
            continue
        if x == 1518:
            continue
        if x == 1519:
            continue
        if x == 1520:
            continue
        if x == 1521:
            continue
        if x == 1522:
            continue
        if x == 1523:
            continue
        if x == 1524:
            continue
        if x == 1525:
            continue
        if x == 1526:
            continue
        if x == 1527:
            continue
        if x == 1528:
            continue
        if x == 1529:
            continue
        if x == 1530:
            continue
        if x == 1531:
            continue
        if x == 1532:
            continue
        if x == 1533:
            continue
        if x == 1534:
            continue
        if x == 1535:
            continue
        if x == 1536:
            continue
        if x == 1537:
            continue
        if x == 1538:
            continue
        if x == 1539:
            continue
        if x == 1540:
            continue
        if x == 1541:
            continue
        if x == 1542:
            continue
        if x == 1543:
            continue
    print(x)
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
